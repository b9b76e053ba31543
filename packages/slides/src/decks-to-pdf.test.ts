import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { expect, test } from 'vitest';
import { ChromiumNotFoundError } from './chromium-not-found-error.js';
import { decksToPdf } from './decks-to-pdf.js';

test('decksToPdf says clearly that it needs Chromium when there is none, and writes nothing', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'kubegram-pdf-test-')), 'deck.pdf');
  const run = decksToPdf([{ markdown: '# A', output: out }], { chromePath: '/nonexistent/chromium' });
  await expect(run).rejects.toBeInstanceOf(ChromiumNotFoundError);
  await expect(run).rejects.toThrow('PDF export needs Chromium, and there is none at /nonexistent/chromium');
  expect(existsSync(out)).toBe(false);
});

const chromium = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const deck = (title: string, slides: number) =>
  `---\nmarp: true\ntheme: kubegram\nsize: "16:9"\ntitle: "${title}"\n---\n\n# ${title}\n${Array.from({ length: slides - 1 }, (_, i) => `\n---\n\n## Part ${i + 1}\n\n<!-- Say part ${i + 1} of ${title}. -->\n`).join('')}`;

test.runIf(existsSync(chromium))('decksToPdf prints each deck in one Chromium: a 16:9 page per slide, its notes on it, its title in the document', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-pdf-test-'));
  const jobs = [{ markdown: deck('One', 3), output: join(dir, 'a', 'one.pdf') }, { markdown: deck('Two', 2), output: join(dir, 'two.pdf') }, { markdown: deck('Three', 1), output: join(dir, 'three.pdf') }];
  await decksToPdf(jobs, { chromePath: chromium, parallel: 2 });
  const docs = await Promise.all(jobs.map(async (j) => PDFDocument.load(await readFile(j.output), { updateMetadata: false })));
  expect(docs.map((d) => d.getPages().map((p) => `${p.getWidth()}x${p.getHeight()}`))).toEqual([['960x540', '960x540', '960x540'], ['960x540', '960x540'], ['960x540']]);
  expect(docs.map((d) => d.getTitle())).toEqual(['One', 'Two', 'Three']);
  const notes = (d: PDFDocument) =>
    d.getPages().map((p) => (p.node.Annots()?.asArray() ?? []).map((ref) => d.context.lookup(ref, PDFDict).lookup(PDFName.of('Contents'), PDFHexString).decodeText()));
  expect(notes(docs[0]!)).toEqual([[], ['Say part 1 of One.'], ['Say part 2 of One.']]);
  expect(notes(docs[2]!)).toEqual([[]]);
}, 120_000);
