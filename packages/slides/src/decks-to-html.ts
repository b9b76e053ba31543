import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMarpCli } from './_marp-cli.js';
import type { DeckToHtmlOptions } from './deck-to-html.js';

const DEFAULTS: Required<DeckToHtmlOptions> = { progress: true, transition: false };

/**
 * Renders many decks' Marp Markdown to standalone HTML pages, as `deckToHtml` does each, in one
 * marp-cli run: its start-up is paid once, and it converts several decks at a time.
 */
export async function decksToHtml(markdowns: readonly string[], options: DeckToHtmlOptions = {}): Promise<string[]> {
  if (markdowns.length === 0) return [];
  const opts = { ...DEFAULTS, ...options };
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-decks-'));
  try {
    const input = join(dir, 'in');
    const output = join(dir, 'out');
    await mkdir(input);
    await Promise.all(markdowns.map((markdown, i) => writeFile(join(input, `${i}.md`), markdown)));
    await runMarpCli([
      '--template', 'bespoke',
      `--bespoke.progress=${opts.progress}`,
      `--bespoke.transition=${opts.transition}`,
      '--input-dir', input,
      '--output', output,
    ]);
    return await Promise.all(markdowns.map((_, i) => readFile(join(output, `${i}.html`), 'utf8')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
