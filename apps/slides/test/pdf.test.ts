import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromiumPath } from '@kubegram/test-chromium';
import { describe, expect, test } from 'vitest';
import { builtDecks } from './_built.ts';

/**
 * The pages of a PDF: page objects (`/Type /Page`, not `/Pages`) in the file and in its compressed
 * object streams, where marp-cli's PDF writer puts them.
 */
function pageCount(pdf: Buffer): number {
  const texts = [pdf.toString('latin1')];
  const raw = texts[0]!;
  const stream = /(?<!end)stream\r?\n/g;
  for (let m = stream.exec(raw); m; m = stream.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      texts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a Flate stream (an image or a font): no page objects in it.
    }
    stream.lastIndex = end;
  }
  return texts.reduce((n, t) => n + (t.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0), 0);
}

const decks = builtDecks();

test.runIf(existsSync(chromiumPath()))('with Chromium installed, the build printed every deck to PDF', () => {
  expect(decks.length).toBeGreaterThan(0);
  expect(decks.filter((d) => !existsSync(d.replace(/\.html$/, '.pdf')))).toEqual([]);
});

describe.each(decks.filter((d) => existsSync(d.replace(/\.html$/, '.pdf'))).map((d) => [basename(d, '.html'), d]))('%s', (_name, deck) => {
  test('the PDF has one page per slide', () => {
    const slides = readFileSync(deck, 'utf8').match(/<section\b[^>]*\bid="\d+"/g)?.length ?? 0;
    expect(slides).toBeGreaterThan(2);
    expect(pageCount(readFileSync(deck.replace(/\.html$/, '.pdf')))).toBe(slides);
  });
});
