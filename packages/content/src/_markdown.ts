import MarkdownIt, { type Token } from 'markdown-it';

// The one parser of lesson Markdown: parseLesson reads every lesson with it once, and the site and
// the decks work from the tokens it gives. markdown-it keeps no state between parses once it is set
// up; nothing outside may reconfigure it.
export const lessonParser = new MarkdownIt();

// markdown-it's own image rule writes the alt text into the token as it renders; lessons' tokens
// are shared, so this rule renders the same HTML from a copy.
lessonParser.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const attrs: Token['attrs'] = token.attrs?.map((pair) => (pair[0] === 'alt' ? ([pair[0], alt] as typeof pair) : pair)) ?? null;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as typeof token, token, { attrs });
  return self.renderToken([copy], 0, options);
};

/** A block-level token with the 0-based line of its Markdown it starts on (table cells inherit their row's). */
export interface LocatedToken {
  token: Token;
  line: number;
}

/**
 * Parses Markdown that starts on the 1-based file line `firstLine`: block tokens whose line maps
 * count from the file's first line (0-based, as markdown-it counts), so they point into the file.
 */
export function parseMarkdown(markdown: string, firstLine = 1): Token[] {
  const tokens = lessonParser.parse(markdown, {});
  const shift = firstLine - 1;
  // The tokens are new and no one else holds them yet: moving their maps here is not sharing.
  if (shift !== 0) for (const t of tokens) if (t.map) t.map = [t.map[0] + shift, t.map[1] + shift];
  return tokens;
}

/** Each token with the 0-based line of the Markdown (starting on file line `firstLine`) it starts on. */
export function locateTokens(tokens: readonly Token[], firstLine = 1): LocatedToken[] {
  let line = 0;
  return tokens.map((token) => {
    if (token.map) line = token.map[0] - (firstLine - 1);
    return { token, line };
  });
}

/** Parses Markdown into block tokens, each with the 0-based line it starts on. */
export function parseBlocks(markdown: string): LocatedToken[] {
  return locateTokens(parseMarkdown(markdown));
}

/** The plain text of an inline token: text and code, without markup. */
export function plainText(inline: Token): string {
  return (inline.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'image' ? plainText(c) : c.type === 'softbreak' ? ' ' : ''))
    .join('')
    .trim();
}
