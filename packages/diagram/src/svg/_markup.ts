import { pathRound } from 'd3-path';
import type { Point, TextBlock } from '../layout/index.js';

/** Writes a number with at most two decimals, never as `-0`, so identical input gives identical bytes. */
export function num(n: number): string {
  const cents = Math.round(n * 100);
  // Whole numbers (and anything odd) go the general way; the rest is written from its whole cents,
  // the same text as String(cents / 100) at a third of the cost, which most of an SVG's numbers are.
  if (cents % 100 === 0 || !(Math.abs(cents) < 1e15)) return String(cents / 100 + 0);
  const abs = cents < 0 ? -cents : cents;
  const frac = abs % 100;
  return `${cents < 0 ? '-' : ''}${(abs - frac) / 100}.${frac % 10 === 0 ? frac / 10 : frac < 10 ? `0${frac}` : frac}`;
}

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an XML attribute or text node; drops characters XML 1.0 forbids. */
export const esc = (s: string): string =>
  // Most labels and ids need nothing; one test spares them two replacements and their garbage.
  NEEDS_ESCAPE.test(s) ? s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!) : s;

/** A `<text>` element painted by `paint` (attribute text): one line is its own text, more lines are one `<tspan>` each. */
export function textMarkup(t: TextBlock, paint: string, extra = ''): string {
  const weight = t.weight === 'bold' ? ' font-weight="bold"' : '';
  const anchor = t.anchor === 'middle' ? ' text-anchor="middle"' : '';
  const x = num(t.x);
  // Most labels are one line: placing the text element itself spares a tspan per element.
  if (t.lines.length === 1) return `<text x="${x}" y="${num(t.y)}" font-size="${num(t.size)}"${weight}${anchor}${paint}${extra}>${esc(t.lines[0]!)}</text>`;
  let spans = '';
  for (let i = 0; i < t.lines.length; i++) spans += `<tspan x="${x}" y="${num(t.y + i * t.lineHeight)}">${esc(t.lines[i]!)}</tspan>`;
  return `<text font-size="${num(t.size)}"${weight}${anchor}${paint}${extra}>${spans}</text>`;
}

const RADIUS = 6;

/** Path data of an orthogonal polyline with its corners rounded. */
export function polylinePath(points: readonly Point[]): string {
  const p = pathRound(2);
  const first = points[0]!;
  p.moveTo(first.x, first.y);
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const c = points[i + 1]!;
    const r = Math.min(RADIUS, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    p.arcTo(b.x, b.y, c.x, c.y, r);
  }
  const last = points[points.length - 1]!;
  p.lineTo(last.x, last.y);
  return p.toString();
}

/** Path data of a filled arrowhead at the end of a polyline. */
export function arrowHead(points: readonly Point[], size = 8): string {
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2] ?? tip;
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.45;
  const p = pathRound(2);
  p.moveTo(bx - uy * half, by + ux * half);
  p.lineTo(tip.x, tip.y);
  p.lineTo(bx + uy * half, by - ux * half);
  p.closePath();
  return p.toString();
}
