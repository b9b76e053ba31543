import { access, constants } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { openPrinter, type Printer } from './_print-pages.js';
import { ChromiumNotFoundError } from './chromium-not-found-error.js';

/** The Chromium that prints decks, and how many at a time. */
export interface DeckPrinterOptions {
  /** The Chromium binary; by default `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
  chromePath?: string;
  /** How many decks the one Chromium prints at a time; by default one more than the machine has cores. */
  parallel?: number;
}

// CHROME_PATH is read when a PDF is made, not when the module loads, so a caller may set it late.
// Printing is Chromium's CPU work; one deck more than cores keeps them busy while Node adds the
// notes of a printed deck, and more only makes each page wait longer.
const defaults = (): Required<DeckPrinterOptions> => ({ chromePath: chromePathOf(undefined), parallel: availableParallelism() + 1 });

/** The Chromium binary to use: the one given, else `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromePathOf(chromePath: string | undefined): string {
  return chromePath || process.env['CHROME_PATH'] || '/usr/bin/chromium';
}

/** Throws ChromiumNotFoundError when there is no Chromium to run at `chromePath`. */
export async function assertChromium(chromePath: string): Promise<void> {
  try {
    await access(chromePath, constants.X_OK);
  } catch {
    throw new ChromiumNotFoundError(chromePath);
  }
}

/** Starts the Chromium that prints decks (ChromiumNotFoundError when there is none); it starts while the caller goes on. */
export async function openDeckPrinter(options: DeckPrinterOptions = {}): Promise<Printer> {
  const opts = { ...defaults(), ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  await assertChromium(opts.chromePath);
  return openPrinter({ chromePath: opts.chromePath, parallel: Math.max(1, Math.floor(opts.parallel)) });
}
