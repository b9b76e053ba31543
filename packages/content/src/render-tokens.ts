import type { Token } from 'markdown-it';
import { lessonParser } from './_markdown.js';

/** HTML for a lesson's tokens (`Lesson.tokens`, or copies with changes), rendered as lesson Markdown is. */
export function renderTokens(tokens: readonly Token[]): string {
  // The renderer only reads the tokens; its type asks for a mutable array.
  return lessonParser.renderer.render(tokens as Token[], lessonParser.options, {});
}
