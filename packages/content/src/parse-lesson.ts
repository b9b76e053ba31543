import { readFrontmatter } from './_read-frontmatter.js';
import { parseBlocks, plainText, type LocatedToken } from './_markdown.js';
import { refsFromBlocks } from './_refs-from-blocks.js';
import { splitFrontmatter } from './_split-frontmatter.js';
import { slugify } from './slugify.js';
import type { ContentError, Heading, LessonResult, Section } from './types.js';

/**
 * Parses a lesson: frontmatter, headings, sections (split at `##` and `###`) and diagram
 * references. Never throws: a bad lesson comes back with every error, each naming the file, the
 * line and the field.
 */
export function parseLesson(text: string, file: string): LessonResult {
  const split = splitFrontmatter(text);
  if (!split.ok) return { ok: false, errors: [{ file, line: split.line, path: '', message: split.message }] };
  const { body, bodyLine } = split;
  const errors: ContentError[] = [];
  const front = readFrontmatter(split.yaml, file, split.yamlLine);
  if (!front.ok) errors.push(...front.errors);
  // One Markdown parse serves both the diagram references and the headings.
  const blocks = parseBlocks(body);
  const diagrams = refsFromBlocks(blocks, body, file, bodyLine);
  errors.push(...diagrams.errors);
  if (!front.ok || errors.length > 0) return { ok: false, errors };

  const headings = headingsOf(blocks, bodyLine);
  return {
    ok: true,
    lesson: { file, frontmatter: front.frontmatter, body, bodyLine, headings, sections: sectionsOf(body, bodyLine, headings), diagrams: diagrams.refs },
  };
}

function headingsOf(blocks: LocatedToken[], bodyLine: number): Heading[] {
  const counts = new Map<string, number>();
  const headings: Heading[] = [];
  blocks.forEach(({ token, line }, i) => {
    const inline = blocks[i + 1]?.token;
    if (token.type !== 'heading_open' || !inline) return;
    const text = plainText(inline);
    const base = slugify(text);
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    headings.push({ depth: Number(token.tag.slice(1)), text, slug: n === 0 ? base : `${base}-${n}`, line: bodyLine + line });
  });
  return headings;
}

function sectionsOf(body: string, bodyLine: number, headings: Heading[]): Section[] {
  const lines = body.split(/\r?\n/);
  const splits = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const sections: Section[] = [];
  const add = (heading: Pick<Section, 'heading' | 'depth' | 'slug'>, from: number, to: number, headingLine?: number) => {
    let start = from;
    let end = to;
    while (start < end && lines[start]?.trim() === '') start++;
    while (end > start && lines[end - 1]?.trim() === '') end--;
    if (headingLine === undefined && start === end) return;
    sections.push({ ...heading, markdown: lines.slice(start, end).join('\n'), line: headingLine ?? bodyLine + start });
  };
  const firstAt = (splits[0]?.line ?? bodyLine + lines.length) - bodyLine;
  add({ heading: '', depth: 0, slug: '' }, 0, firstAt);
  splits.forEach((h, i) => {
    const from = h.line - bodyLine + headingLineCount(lines, h.line - bodyLine);
    const to = (splits[i + 1]?.line ?? bodyLine + lines.length) - bodyLine;
    add({ heading: h.text, depth: h.depth, slug: h.slug }, from, to, h.line);
  });
  return sections;
}

// A setext heading (text underlined with --- or ===) takes two lines; an ATX heading one.
function headingLineCount(lines: string[], at: number): number {
  return /^\s{0,3}#/.test(lines[at] ?? '') ? 1 : 2;
}
