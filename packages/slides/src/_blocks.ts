import type { DiagramRef, Lesson, Section } from '@kubegram/content';
import { dropTags, keepLinkLabels } from './_strip-markup.js';

/** A list item shown as a point: its inline Markdown and how deep it is nested (0 = top level). */
export interface Point {
  markdown: string;
  depth: number;
  ordered: boolean;
}

/** A piece of a section, in the order it appears. */
export type Block =
  | { kind: 'points'; points: Point[] }
  | { kind: 'prose'; markdown: string }
  | { kind: 'code'; lang: string; lines: string[] }
  | { kind: 'table'; header: string; rows: string[] }
  | { kind: 'quote'; markdown: string }
  | { kind: 'diagram'; ref: DiagramRef };

/**
 * Splits a section into blocks, from the lesson's own tokens (never parsed again). Paragraphs are
 * prose, lists are points, and a paragraph that holds a diagram reference becomes that diagram
 * (any text around it stays prose).
 */
export function sectionBlocks(lesson: Lesson, section: Section, end = Infinity): Block[] {
  const source = fileLines(lesson);
  // The section's own references, by line; inside a paragraph they are found by their text.
  const own = lesson.diagrams.filter((d) => d.line >= section.line && d.line < end);
  const tokens = lesson.tokens.slice(...section.tokenRange);
  const blocks: Block[] = [];
  let listDepth = -1;
  const ordered: boolean[] = [];
  let quoteDepth = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth++;
        ordered.push(t.type === 'ordered_list_open');
        if (listDepth === 0 && quoteDepth === 0) blocks.push({ kind: 'points', points: [] });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth--;
        ordered.pop();
        break;
      case 'blockquote_open':
        if (quoteDepth === 0 && listDepth < 0 && t.map) {
          blocks.push({ kind: 'quote', markdown: stripQuote(source.slice(t.map[0], t.map[1])) });
        }
        quoteDepth++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'inline': {
        if (quoteDepth > 0) break;
        if (listDepth >= 0) addListText(blocks, oneLine(t.content), tokens[i - 2]?.type === 'list_item_open', { depth: listDepth, ordered: ordered.at(-1) ?? false });
        else if (tokens[i - 1]?.type === 'paragraph_open') blocks.push(...paragraphBlocks(t.content, own));
        break;
      }
      case 'fence':
      case 'code_block':
        if (quoteDepth === 0 && listDepth < 0) {
          blocks.push({ kind: 'code', lang: t.info.trim().split(/\s+/)[0] ?? '', lines: t.content.replace(/\n$/, '').split('\n') });
        }
        break;
      case 'heading_open':
        // Headings below ### stay inside the section; they read as a bold point.
        if (tokens[i + 1]) blocks.push({ kind: 'points', points: [{ markdown: `**${oneLine(tokens[i + 1]!.content)}**`, depth: 0, ordered: false }] });
        i++;
        break;
      case 'table_open':
        if (t.map) blocks.push(tableBlock(source.slice(t.map[0], t.map[1])));
        while (i < tokens.length && tokens[i]!.type !== 'table_close') i++;
        break;
      default:
        break;
    }
  }
  return blocks.filter((b) => b.kind !== 'points' || b.points.length > 0);
}

// The lesson's lines by the 0-based file line that token maps count (the body starts at bodyLine).
function fileLines(lesson: Lesson): { slice: (from: number, to: number) => string[] } {
  const body = lesson.body.split(/\r?\n/);
  return { slice: (from, to) => body.slice(from - lesson.bodyLine + 1, to - lesson.bodyLine + 1) };
}

// Text in a list: the first paragraph of an item is its point; later ones read as prose.
function addListText(blocks: Block[], markdown: string, opensItem: boolean, at: { depth: number; ordered: boolean }): void {
  const last = blocks.at(-1);
  if (last?.kind === 'points' && opensItem) last.points.push({ markdown, ...at });
  else blocks.push({ kind: 'prose', markdown });
}

// A paragraph: its diagram references (taken from `own`, the section's references not yet
// placed) become diagrams, and the text around them prose.
function paragraphBlocks(content: string, own: DiagramRef[]): Block[] {
  const inside = own.filter((d) => content.includes(d.raw)).sort((a, b) => content.indexOf(a.raw) - content.indexOf(b.raw));
  for (const d of inside) own.splice(own.indexOf(d), 1);
  let rest = content;
  for (const d of inside) rest = rest.replace(d.raw, ' ');
  const blocks: Block[] = rest.trim() === '' ? [] : [{ kind: 'prose', markdown: oneLine(rest) }];
  for (const ref of inside) blocks.push({ kind: 'diagram', ref });
  return blocks;
}

function tableBlock(source: string[]): Block {
  const lines = source.filter((l) => l.trim() !== '');
  return { kind: 'table', header: `${lines[0] ?? ''}\n${lines[1] ?? ''}`, rows: lines.slice(2) };
}

function oneLine(markdown: string): string {
  return markdown.replace(/\s*\n\s*/g, ' ').trim();
}

function stripQuote(lines: string[]): string {
  return oneLine(lines.map((l) => l.replace(/^\s*>\s?/, '')).join('\n'));
}

/** Plain text of inline Markdown: what a reader sees, for measuring and for speaker notes. */
export function plainText(markdown: string): string {
  const text = keepLinkLabels(keepLinkLabels(markdown, '!['), '[')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_]+)[*_](?!\w)/g, '$1$2');
  return dropTags(text).trim();
}
