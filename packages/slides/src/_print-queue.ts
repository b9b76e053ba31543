import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { addPdfNotes } from './_add-pdf-notes.js';
import type { PrintDeck } from './_pdf-meta.js';
import type { Printer } from './_print-pages.js';

/** Decks handed to a printer as they are rendered; `done` waits for every PDF to be written. */
export interface PrintQueue {
  /** Prints a deck to `output`, with its document information and (when asked for) its notes. */
  add(deck: PrintDeck, output: string): void;
  /** Resolves once every deck added has been written; rejects with the first failure. */
  done(): Promise<void>;
}

/** A queue of decks for one printer: each prints while the next ones are still being rendered. */
export function printQueue(printer: Printer, notes: boolean): PrintQueue {
  const pending: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  const printed = async (deck: PrintDeck, output: string) => {
    // After a failure the build fails anyway: Chromium need not print the rest.
    if (failure) return;
    const pdf = await printer.print({ html: deck.page, width: deck.meta.width, height: deck.meta.height });
    // The notes are added in Node while Chromium prints the next decks.
    const withNotes = await addPdfNotes(pdf, deck.meta, notes);
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, withNotes);
  };
  return {
    add(deck, output) {
      pending.push(printed(deck, output).catch((error: unknown) => void (failure ??= { error })));
    },
    async done() {
      await Promise.all(pending);
      if (failure) throw failure.error;
    },
  };
}
