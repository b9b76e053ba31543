import { access, constants, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runMarpCli } from './_marp-cli.js';
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
  /** How many decks the one Chromium prints at a time; by default as many as the machine has cores. */
  parallel?: number;
}

// CHROME_PATH is read when a PDF is made, not when the module loads, so a caller may set it late.
// Printing is Chromium's CPU work: more pages at once than cores only makes each wait longer, and
// on a busy machine marp-cli's default of five let a page outwait Chromium's protocol timeout.
const defaults = (): Required<DecksToPdfOptions> => ({ chromePath: process.env['CHROME_PATH'] || '/usr/bin/chromium', notes: true, parallel: availableParallelism() });

/**
 * Prints decks to PDF, one page per slide, through marp-cli and Chromium; all decks share one
 * browser. Throws ChromiumNotFoundError, before doing anything, when there is no Chromium.
 */
export async function decksToPdf(jobs: readonly PdfJob[], options: DecksToPdfOptions = {}): Promise<void> {
  const opts = { ...defaults(), ...options };
  try {
    await access(opts.chromePath, constants.X_OK);
  } catch {
    throw new ChromiumNotFoundError(opts.chromePath);
  }
  if (jobs.length === 0) return;
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-pdf-'));
  try {
    const input = join(dir, 'in');
    const output = join(dir, 'out');
    await mkdir(input);
    await Promise.all(jobs.map((job, i) => writeFile(join(input, `${i}.md`), job.markdown)));
    await runMarpCli(
      ['--pdf', '--browser', 'chrome', '--browser-path', opts.chromePath, ...(opts.notes ? ['--pdf-notes'] : []), '--parallel', String(Math.max(1, Math.floor(opts.parallel))), '--input-dir', input, '--output', output],
      { CHROME_PATH: opts.chromePath },
    );
    await Promise.all(
      jobs.map(async (job, i) => {
        await mkdir(dirname(job.output), { recursive: true });
        await copyFile(join(output, `${i}.pdf`), job.output);
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
