import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMarpCli } from './_marp-cli.js';

/** Options of `deckToHtml`. */
export interface DeckToHtmlOptions {
  /** Show a progress bar along the bottom of the slides. */
  progress?: boolean;
  /** Animate slide changes (View Transitions, where the browser has them). */
  transition?: boolean;
}

const DEFAULTS: Required<DeckToHtmlOptions> = { progress: true, transition: false };

/**
 * Renders a deck's Marp Markdown to one standalone HTML page through marp-cli's bespoke template:
 * it works offline, with keyboard navigation and a presenter view (press `p`) with the notes.
 */
export async function deckToHtml(markdown: string, options: DeckToHtmlOptions = {}): Promise<string> {
  const opts = { ...DEFAULTS, ...options };
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-deck-'));
  try {
    const input = join(dir, 'deck.md');
    const output = join(dir, 'deck.html');
    await writeFile(input, markdown);
    await runMarpCli([
      '--template', 'bespoke',
      `--bespoke.progress=${opts.progress}`,
      `--bespoke.transition=${opts.transition}`,
      '--output', output,
      input,
    ]);
    return await readFile(output, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
