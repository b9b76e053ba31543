import { measureText, wrapText, type FontWeight } from '../fonts/index.js';
import { emWidth } from '../fonts/measure-text.js';
import type { TextBlock } from './types.js';

/** Font sizes, line heights and paddings every box is measured with. */
export const TEXT = {
  leaf: { size: 12, line: 15, weight: 'normal' as FontWeight, wrap: 150 },
  title: { size: 13, line: 16, weight: 'bold' as FontWeight, wrap: 220 },
  heading: { size: 16, line: 20, weight: 'bold' as FontWeight, wrap: 520 },
  note: { size: 11, line: 14, weight: 'normal' as FontWeight, wrap: 200 },
};

/** Icon badge size and the space between it and the text. */
export const ICON = { size: 18, gap: 6 };

// DejaVu Sans ascent and descent, as a share of the font size.
const ASCENT = 0.93;
const DESCENT = 0.24;

/** Measured, wrapped text before it is placed. */
export interface Measured {
  lines: string[];
  width: number;
  height: number;
  size: number;
  weight: FontWeight;
  lineHeight: number;
}

/** Wraps and measures text in one of the `TEXT` styles, at the style's size or at `size` (the line height scaled with it). */
export function measure(text: string, style: keyof typeof TEXT, wrap?: number, size?: number): Measured {
  const base = TEXT[style];
  const s = size === undefined || size === base.size ? base : { ...base, size, line: Math.round((base.line * size) / base.size) };
  const maxWidth = wrap ?? s.wrap;
  // Most labels are clean and fit one line: measured once, with no list of words.
  if (text !== '' && !unusual(text)) {
    const whole = measureText(text, s.size, s.weight);
    if (whole <= maxWidth) return measured([text], whole, s);
    const wrapped = wrapMeasured(text, maxWidth, s.size, s.weight);
    if (wrapped !== undefined) return measured(wrapped.lines, wrapped.width, s);
  }
  const lines = wrapText(text, maxWidth, s.size, s.weight);
  let width = -Infinity;
  for (const l of lines) width = Math.max(width, measureText(l, s.size, s.weight));
  return measured(lines, width, s);
}

// The ink box of n lines: n - 1 line steps plus one ascent and descent.
function measured(lines: string[], width: number, s: { size: number; line: number; weight: FontWeight }): Measured {
  return { lines, width, height: (lines.length - 1) * s.line + (ASCENT + DESCENT) * s.size, size: s.size, weight: s.weight, lineHeight: s.line };
}

/**
 * Whether text is what `wrapText` leaves for its own slow path: white space to clean up (any but a
 * single space between words), or a control character (whose stand-in width, unlike every glyph's,
 * is no whole number of font units). One pass, no regular expression: a fit checks every label at
 * every wrap it tries.
 */
function unusual(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 0xa0) continue;
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 32) return true;
    } else if (c < 32 || isWideSpace(c)) return true;
  }
  return false;
}

// White space beyond ASCII, as a regular expression's `\s` takes it.
const isWideSpace = (c: number) =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

// Where the token at `i` ends, as `wrapText` splits text: a word with the one separator after it,
// or a separator alone.
function tokenEnd(text: string, i: number): number {
  if (isSeparator(text.charCodeAt(i))) return i + 1;
  let j = i + 1;
  while (j < text.length && !isSeparator(text.charCodeAt(j))) j++;
  return j < text.length ? j + 1 : j;
}

// A space, a hyphen or a slash: where `wrapText` may break a line.
const isSeparator = (c: number) => c === 32 || c === 45 || c === 47;

// The width of a space in ems, in each weight.
const SPACE_EM = { normal: measureText(' ', 1, 'normal'), bold: measureText(' ', 1, 'bold') };

// A line from `start` to `end` of clean text, which has no two spaces in a row: its end is trimmed
// of at most one. A function of its own, not a closure over the loop's variables, which would then
// live on the heap for every step of the loop.
const cut = (text: string, start: number, end: number) => text.slice(start, text.charCodeAt(end - 1) === 32 ? end - 1 : end);

/**
 * The lines `wrapText` breaks clean text into and the widest of them, each word measured once: a
 * fit wraps every label at several widths. Every glyph is a whole number of units of a 2048-unit
 * em, so sums of widths are exact in any order and a line's width is the sum of its words'. Lines
 * are cut from the text by position, not built word by word. Of clean text too wide for one line;
 * left to `wrapText` (undefined): a word too wide for a line of its own.
 */
function wrapMeasured(text: string, maxWidth: number, size: number, weight: FontWeight): { lines: string[]; width: number } | undefined {
  const space = weight === 'bold' ? SPACE_EM.bold : SPACE_EM.normal;
  const lines: string[] = [];
  let width = -Infinity;
  // The line so far, from `start` to `end` of the text, and its width in ems with and without its trailing space.
  let start = 0;
  let end = 0;
  let em = 0;
  let emTrimmed = 0;
  for (let i = 0; i < text.length; i = end) {
    const next = tokenEnd(text, i);
    const spaced = text.charCodeAt(next - 1) === 32;
    const lone = spaced && next === i + 1;
    const tokenEm = emWidth(text, i, next, weight);
    const tokenTrimmed = spaced ? tokenEm - space : tokenEm;
    // A lone space adds nothing once the line's end is trimmed.
    const trial = lone ? emTrimmed : em + tokenTrimmed;
    if (trial * size <= maxWidth) {
      end = next;
      emTrimmed = trial;
      em += tokenEm;
      continue;
    }
    if (end > start) {
      lines.push(cut(text, start, end));
      width = Math.max(width, emTrimmed * size);
    }
    if (tokenTrimmed * size > maxWidth) return undefined;
    start = i;
    end = next;
    em = tokenEm;
    emTrimmed = lone ? 0 : tokenTrimmed;
  }
  if (end > start && !(end === start + 1 && text.charCodeAt(start) === 32)) {
    lines.push(cut(text, start, end));
    width = Math.max(width, emTrimmed * size);
  }
  return lines.length > 0 ? { lines, width } : undefined;
}

/** Places measured text with its ink box's top at `top`. */
export function place(m: Measured, x: number, top: number, anchor: 'start' | 'middle'): TextBlock {
  return {
    lines: m.lines,
    x,
    y: top + ASCENT * m.size,
    size: m.size,
    weight: m.weight,
    lineHeight: m.lineHeight,
    anchor,
    width: m.width,
  };
}

/** The ink box of a placed text block. */
export function textBox(t: TextBlock): { x: number; y: number; w: number; h: number } {
  const x = t.anchor === 'middle' ? t.x - t.width / 2 : t.x;
  const y = t.y - ASCENT * t.size;
  return { x, y, w: t.width, h: (t.lines.length - 1) * t.lineHeight + (ASCENT + DESCENT) * t.size };
}
