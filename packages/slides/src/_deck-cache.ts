import type { BuildCache } from '@kubegram/content/fs';
import { pdfKey } from './_deck-keys.js';

// The cache's namespaces: a deck's Markdown and HTML, and its PDF.
const DECKS = 'deck';
const PDFS = 'deck-pdf';
const DECK_MD = 'deck.md';
const DECK_HTML = 'deck.html';
const DECK_PDF = 'deck.pdf';

/** A deck's cache keys, and what was found under them. */
export interface CachedDeck {
  key: string;
  pdfKey: string;
  /** The deck's Marp Markdown, when its HTML was found too (empty otherwise). */
  markdown: string;
  html?: Buffer;
  pdf?: Buffer;
}

/** The deck and (with `pdf`) the PDF cached under a lesson's deck key, as far as they are there. */
export async function readCachedDeck(cache: BuildCache, key: string, chromePath: string, pdf: boolean): Promise<CachedDeck> {
  const found: CachedDeck = { key, pdfKey: await pdfKey(key, chromePath, true), markdown: '' };
  const deck = await cache.read(DECKS, key);
  const markdown = deck?.files.get(DECK_MD);
  const html = deck?.files.get(DECK_HTML);
  if (markdown && html) Object.assign(found, { markdown: markdown.toString('utf8'), html });
  if (pdf) {
    const printed = (await cache.read(PDFS, found.pdfKey))?.files.get(DECK_PDF);
    if (printed) found.pdf = printed;
  }
  return found;
}

/** Keeps a deck's Markdown and HTML under its key. */
export function writeCachedDeck(cache: BuildCache, key: string, markdown: string, html: string): Promise<void> {
  return cache.write(DECKS, key, { files: new Map([[DECK_MD, markdown], [DECK_HTML, html]]) });
}

/** Keeps a deck's PDF under its PDF key. */
export function writeCachedPdf(cache: BuildCache, key: string, pdf: Buffer): Promise<void> {
  return cache.write(PDFS, key, { files: new Map([[DECK_PDF, pdf]]) });
}
