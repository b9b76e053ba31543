import type { Heading, Section } from './types.js';

/** Where a body's sections come from: its text, the lines it and its introduction start on, its tokens. */
export interface SectionSource {
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
  /** 1-based file line the introduction (the text before the first heading) may start on. */
  introLine: number;
  tokenCount: number;
}

/** The body split at `##` and `###` headings (each given with the index of its `heading_open` token). */
export function sectionsOf(source: SectionSource, headings: readonly (Heading & { token: number })[]): Section[] {
  const { body, bodyLine, tokenCount } = source;
  const lines = body.split(/\r?\n/);
  const splits = headings.filter((h) => h.depth === 2 || h.depth === 3);
  const sections: Section[] = [];
  const add = (heading: Pick<Section, 'heading' | 'depth' | 'slug' | 'tokenRange'>, from: number, to: number, headingLine?: number) => {
    let start = from;
    let end = to;
    while (start < end && lines[start]?.trim() === '') start++;
    while (end > start && lines[end - 1]?.trim() === '') end--;
    if (headingLine === undefined && start === end) return;
    sections.push({ ...heading, markdown: lines.slice(start, end).join('\n'), line: headingLine ?? bodyLine + start });
  };
  const firstAt = (splits[0]?.line ?? bodyLine + lines.length) - bodyLine;
  add({ heading: '', depth: 0, slug: '', tokenRange: [0, splits[0]?.token ?? tokenCount] }, source.introLine - bodyLine, firstAt);
  splits.forEach((h, i) => {
    const from = h.line - bodyLine + headingLineCount(lines, h.line - bodyLine);
    const to = (splits[i + 1]?.line ?? bodyLine + lines.length) - bodyLine;
    // A heading is three tokens: heading_open, inline, heading_close.
    const tokenRange = [h.token + 3, splits[i + 1]?.token ?? tokenCount] as const;
    add({ heading: h.text, depth: h.depth, slug: h.slug, tokenRange }, from, to, h.line);
  });
  return sections;
}

// A setext heading (text underlined with --- or ===) takes two lines; an ATX heading one.
function headingLineCount(lines: string[], at: number): number {
  return /^\s{0,3}#/.test(lines[at] ?? '') ? 1 : 2;
}
