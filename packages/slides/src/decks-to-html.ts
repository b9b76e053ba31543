import { bespokeArgs, convertDecks } from './_convert-decks.js';
import type { DeckToHtmlOptions } from './deck-to-html.js';

const DEFAULTS: Required<DeckToHtmlOptions> = { progress: true, transition: false };

/**
 * Renders many decks' Marp Markdown to standalone HTML pages, as `deckToHtml` does each, in one
 * marp-cli run: its start-up is paid once, and it converts several decks at a time.
 */
export async function decksToHtml(markdowns: readonly string[], options: DeckToHtmlOptions = {}): Promise<string[]> {
  const opts = { ...DEFAULTS, ...options };
  return convertDecks(markdowns, bespokeArgs(opts));
}
