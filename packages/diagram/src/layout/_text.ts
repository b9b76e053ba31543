import { measureText, wrapText, type FontWeight } from '../fonts/index.js';
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
  const lines = wrapText(text, wrap ?? s.wrap, s.size, s.weight);
  let width = -Infinity;
  for (const l of lines) width = Math.max(width, measureText(l, s.size, s.weight));
  // The ink box of n lines: n - 1 line steps plus one ascent and descent.
  const height = (lines.length - 1) * s.line + (ASCENT + DESCENT) * s.size;
  return { lines, width, height, size: s.size, weight: s.weight, lineHeight: s.line };
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
