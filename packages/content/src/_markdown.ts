import MarkdownIt, { type Token } from 'markdown-it';


// The one parser of lesson Markdown: parseLesson, the site and the decks all read lessons with it.
// markdown-it keeps no state between parses once it is set up; nothing outside may reconfigure it.
export const lessonParser = new MarkdownIt();

/** A block-level token with the 0-based body line it starts on (table cells inherit their row's). */
export interface LocatedToken {
  token: Token;
  line: number;
}

/** Parses Markdown into block tokens, each with the 0-based line it starts on. */
export function parseBlocks(markdown: string): LocatedToken[] {
  let line = 0;
  return lessonParser.parse(markdown, {}).map((token) => {
    if (token.map) line = token.map[0];
    return { token, line };
  });
}

/** The plain text of an inline token: text and code, without markup. */
export function plainText(inline: Token): string {
  return (inline.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'image' ? plainText(c) : c.type === 'softbreak' ? ' ' : ''))
    .join('')
    .trim();
}
