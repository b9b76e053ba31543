import type { Token } from 'markdown-it';
import { locateTokens, parseMarkdown, plainText } from './_markdown.js';
import { readFrontmatter } from './_read-frontmatter.js';
import { refsFromBlocks } from './_refs-from-blocks.js';
import { resolveFrontmatter } from './_resolve-frontmatter.js';
import { sectionsOf } from './_sections.js';
import { splitFrontmatter } from './_split-frontmatter.js';
import { slugify } from './slugify.js';
import type { ContentError, Heading, LessonResult } from './types.js';

/** Options of `parseLesson`. */
export interface ParseLessonOptions {
  /** The 1-based place of the file among the lessons of its folder, for an order nothing else gives. */
  position?: number;
}

/**
 * Parses a lesson: frontmatter (defaults filled in), the body's tokens from one markdown-it parse,
 * headings, sections (split at `##` and `###`) and diagram references. Never throws: a bad lesson
 * comes back with every error, each naming the file, the line and the field.
 */
export function parseLesson(text: string, file: string, options: ParseLessonOptions = {}): LessonResult {
  const split = splitFrontmatter(text);
  if (!split.ok) return { ok: false, errors: [{ file, line: split.line, path: '', message: split.message }] };
  const { body, bodyLine } = split;
  const errors: ContentError[] = [];
  const front = readFrontmatter(split.yaml, file, split.yamlLine);
  if (!front.ok) errors.push(...front.errors);
  // The one Markdown parse of the lesson: references, headings, sections, the site and the decks.
  const parsed = parseMarkdown(body, bodyLine);
  const diagrams = refsFromBlocks(locateTokens(parsed, bodyLine), body, file, bodyLine);
  errors.push(...diagrams.errors);
  if (!front.ok || errors.length > 0) return { ok: false, errors };

  const tokens = withoutTitle(parsed, front.frontmatter.title);
  const frontmatter = resolveFrontmatter(front.frontmatter, file, tokens, options.position);
  const found = headingsOf(tokens);
  const headings = found.map(({ token: _token, ...h }) => h);
  const introLine = tokens === parsed ? bodyLine : (parsed[0]!.map?.[1] ?? 0) + 1;
  const sections = sectionsOf({ body, bodyLine, introLine, tokenCount: tokens.length }, found);
  return { ok: true, lesson: { file, frontmatter, written: front.frontmatter, body, bodyLine, tokens, headings, sections, diagrams: diagrams.refs } };
}

// A `# Title` that opens the body and repeats the frontmatter's title is the page's own heading
// and the deck's title slide already: it is left out (a new array; the tokens stay as parsed).
function withoutTitle(tokens: Token[], title: string): Token[] {
  const [open, inline] = tokens;
  const same = (a: string) => a.replace(/\s+/g, ' ').trim().toLowerCase();
  if (open?.type !== 'heading_open' || open.tag !== 'h1' || !inline || same(plainText(inline)) !== same(title)) return tokens;
  return tokens.slice(3);
}

function headingsOf(tokens: readonly Token[]): (Heading & { token: number })[] {
  const counts = new Map<string, number>();
  const headings: (Heading & { token: number })[] = [];
  tokens.forEach((token, i) => {
    const inline = tokens[i + 1];
    if (token.type !== 'heading_open' || !inline) return;
    const text = plainText(inline);
    const base = slugify(text);
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    headings.push({ depth: Number(token.tag.slice(1)), text, slug: n === 0 ? base : `${base}-${n}`, line: (token.map?.[0] ?? 0) + 1, token: i });
  });
  return headings;
}
