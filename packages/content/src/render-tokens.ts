import type { Token } from 'markdown-it';
import { lessonParser } from './_markdown.js';

/** HTML for tokens from `markdownTokens` (changed or not), rendered as lesson Markdown is. */
export function renderTokens(tokens: Token[]): string {
  return lessonParser.renderer.render(tokens, lessonParser.options, {});
}
