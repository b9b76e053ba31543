import type { Token } from 'markdown-it';
import { lessonParser } from './_markdown.js';

/**
 * The markdown-it tokens of lesson Markdown, from the one parser lessons are read with, so the
 * site and the decks see the headings and diagrams `parseLesson` found.
 */
export function markdownTokens(markdown: string): Token[] {
  return lessonParser.parse(markdown, {});
}
