import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMarpCli } from './_marp-cli.js';
import type { DeckToHtmlOptions } from './deck-to-html.js';

/** marp-cli's arguments for its bespoke template with `options`: the standalone HTML deck. */
export function bespokeArgs(options: Required<DeckToHtmlOptions>): string[] {
  return ['--template', 'bespoke', `--bespoke.progress=${options.progress}`, `--bespoke.transition=${options.transition}`];
}

/**
 * Many decks' Marp Markdown as standalone HTML pages of one marp-cli template (`args` choose it and
 * its options), in one marp-cli run: its start-up is paid once, and it converts several at a time.
 * `engine` makes the Marp engine marp-cli renders with; ours by default.
 */
export async function convertDecks(markdowns: readonly string[], args: readonly string[], engine?: Parameters<typeof runMarpCli>[2]): Promise<string[]> {
  if (markdowns.length === 0) return [];
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-decks-'));
  try {
    const input = join(dir, 'in');
    const output = join(dir, 'out');
    await mkdir(input);
    await Promise.all(markdowns.map((markdown, i) => writeFile(join(input, `${i}.md`), markdown)));
    await runMarpCli([...args, '--input-dir', input, '--output', output], {}, engine);
    return await Promise.all(markdowns.map((_, i) => readFile(join(output, `${i}.html`), 'utf8')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
