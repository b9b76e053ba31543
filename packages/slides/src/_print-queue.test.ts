import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { expect, test } from 'vitest';
import type { PrintDeck } from './_pdf-meta.js';
import type { Printer, PrintPage } from './_print-pages.js';
import { printQueue } from './_print-queue.js';

const deck = (title: string): PrintDeck => ({ page: `<title>${title}</title>`, meta: { comments: [[`About ${title}.`]], width: 1280, height: 720, title } });

// A printer that makes a one-page PDF of each page, or fails on the pages `fails` names.
function fakePrinter(fails: string[] = []): Printer & { printed: string[] } {
  const printed: string[] = [];
  return {
    printed,
    async print(page: PrintPage) {
      printed.push(page.html);
      if (fails.some((f) => page.html.includes(f))) throw new Error(`cannot print ${page.html}`);
      const doc = await PDFDocument.create();
      doc.addPage([960, 540]);
      return Buffer.from(await doc.save());
    },
    async close() {},
  };
}

test('printQueue writes each deck it is given, in folders it makes, with its title and notes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-queue-test-'));
  const queue = printQueue(fakePrinter(), true);
  queue.add(deck('Pods'), join(dir, 'a', 'pods.pdf'));
  queue.add(deck('Nodes'), join(dir, 'nodes.pdf'));
  await queue.done();
  expect((await readdir(dir, { recursive: true })).sort()).toEqual(['a', 'a/pods.pdf', 'nodes.pdf']);
});

test('printQueue rejects with the first failure, and prints nothing handed to it after that', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-queue-test-'));
  const printer = fakePrinter(['Pods']);
  const queue = printQueue(printer, true);
  queue.add(deck('Pods'), join(dir, 'pods.pdf'));
  await new Promise((resolve) => setTimeout(resolve, 10));
  queue.add(deck('Nodes'), join(dir, 'nodes.pdf'));
  await expect(queue.done()).rejects.toThrow('cannot print <title>Pods</title>');
  expect(printer.printed).toEqual(['<title>Pods</title>']);
  expect(await readdir(dir)).toEqual([]);
});
