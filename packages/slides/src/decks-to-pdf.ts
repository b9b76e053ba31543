import { access, constants, mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { addPdfNotes } from './_add-pdf-notes.js';
import { convertDecks } from './_convert-decks.js';
import { pdfMetaRecorder, type PdfMeta } from './_pdf-meta.js';
import { printPages } from './_print-pages.js';
import { ChromiumNotFoundError } from './chromium-not-found-error.js';

/** One deck to print: its Marp Markdown and the PDF file to write. */
export interface PdfJob {
  markdown: string;
  output: string;
}

/** Options of `decksToPdf`. */
export interface DecksToPdfOptions {
  /** The Chromium binary; by default `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
  chromePath?: string;
  /** Put each slide's speaker notes on its page as a PDF note. */
  notes?: boolean;
  /** How many decks the one Chromium prints at a time; by default one more than the machine has cores. */
  parallel?: number;
}

// CHROME_PATH is read when a PDF is made, not when the module loads, so a caller may set it late.
// Printing is Chromium's CPU work; one deck more than cores keeps them busy while Node adds the
// notes of a printed deck, and more only makes each page wait longer.
const defaults = (): Required<DecksToPdfOptions> => ({ chromePath: process.env['CHROME_PATH'] || '/usr/bin/chromium', notes: true, parallel: availableParallelism() + 1 });

// The HTML marp-cli prints for a PDF: its bare template, every slide on the page (bespoke, which
// shows one slide at a time, is not printable).
const PRINTED = ['--template', 'bare'];

/**
 * Prints decks to PDF, one page per slide, in one Chromium shared by all decks: the HTML is
 * marp-cli's, printed several decks at a time, with speaker notes and document information as
 * marp-cli writes them. Throws ChromiumNotFoundError, before doing anything, when there is no Chromium.
 */
export async function decksToPdf(jobs: readonly PdfJob[], options: DecksToPdfOptions = {}): Promise<void> {
  const opts = { ...defaults(), ...options };
  try {
    await access(opts.chromePath, constants.X_OK);
  } catch {
    throw new ChromiumNotFoundError(opts.chromePath);
  }
  if (jobs.length === 0) return;
  const recorded = new Map<string, PdfMeta>();
  const htmls = await convertDecks(jobs.map((j) => j.markdown), PRINTED, pdfMetaRecorder(recorded));
  // marp-cli renders a deck without its byte order mark.
  const metas = jobs.map((j) => {
    const meta = recorded.get(j.markdown.replace(/^\uFEFF/, ''));
    if (meta === undefined) throw new Error(`marp-cli made no deck of the Markdown for ${j.output}`);
    return meta;
  });
  await printPages(
    htmls.map((html, i) => ({ html, width: metas[i]!.width, height: metas[i]!.height })),
    {
      chromePath: opts.chromePath,
      parallel: Math.max(1, Math.floor(opts.parallel)),
      onPrinted: async (i, pdf) => {
        const job = jobs[i]!;
        const withNotes = await addPdfNotes(pdf, metas[i]!, opts.notes);
        await mkdir(dirname(job.output), { recursive: true });
        await writeFile(job.output, withNotes);
      },
    },
  );
}
