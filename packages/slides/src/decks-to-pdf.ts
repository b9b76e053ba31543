import { convertDecks } from './_convert-decks.js';
import { assertChromium, chromePathOf, openDeckPrinter, type DeckPrinterOptions } from './_deck-printer.js';
import { printDeckRecorder } from './_pdf-meta.js';
import { printQueue } from './_print-queue.js';

/** One deck to print: its Marp Markdown and the PDF file to write. */
export interface PdfJob {
  markdown: string;
  output: string;
}

/** Options of `decksToPdf`. */
export interface DecksToPdfOptions extends DeckPrinterOptions {
  /** Put each slide's speaker notes on its page as a PDF note; on by default. */
  notes?: boolean;
}

// marp-cli's bare template: the cheapest conversion that renders a deck as its PDF export did.
const RENDER_ONLY = ['--template', 'bare'];

/**
 * Prints decks to PDF, one page per slide, in one Chromium shared by all decks: each deck is
 * rendered by marp-cli as for its PDF export and prints while the next ones render, several at a
 * time, with speaker notes and document information as marp-cli writes them. Throws
 * ChromiumNotFoundError, before doing anything, when there is no Chromium.
 */
export async function decksToPdf(jobs: readonly PdfJob[], options: DecksToPdfOptions = {}): Promise<void> {
  if (jobs.length === 0) return assertChromium(chromePathOf(options.chromePath));
  const printer = await openDeckPrinter(options);
  try {
    const queue = printQueue(printer, options.notes ?? true);
    // marp-cli renders a deck without its byte order mark.
    const outputs = new Map<string, string[]>();
    for (const j of jobs) {
      const key = j.markdown.replace(/^\uFEFF/, '');
      outputs.set(key, [...(outputs.get(key) ?? []), j.output]);
    }
    await convertDecks([...outputs.keys()], RENDER_ONLY, printDeckRecorder((markdown, deck) => {
      for (const output of outputs.get(markdown) ?? []) queue.add(deck, output);
      outputs.delete(markdown);
    }));
    const missed = [...outputs.values()].flat();
    if (missed.length > 0) throw new Error(`marp-cli made no deck of the Markdown for ${missed.join(', ')}`);
    await queue.done();
  } finally {
    await printer.close();
  }
}
