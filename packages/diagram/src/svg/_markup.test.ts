import { pathRound } from 'd3-path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrowHead, esc, num, polylinePath } from './_markup.js';

// What num has always meant: the number rounded to hundredths, written as JavaScript writes it.
const reference = (n: number) => String(Math.round(n * 100) / 100 + 0);

describe('num', () => {
  it('num(n) writes at most two decimals without trailing zeros or -0', () => {
    expect([12, 12.5, 12.05, 12.345, -0.5, -0.05, -0.001, 0.004, 1e6, Number.NaN].map(num)).toEqual(['12', '12.5', '12.05', '12.35', '-0.5', '-0.05', '0', '0', '1000000', 'NaN']);
  });

  it('num(n) writes a decimal met before the same way, whatever was written between', () => {
    // Decimals whose hundredths differ by multiples of 4096 (and in sign) take turns in one slot of the kept texts.
    const values = [0.01, 40.97, 81.93, -40.95, 12.34, 53.3, -28.62, 1234567.89, -1234567.89];
    for (let round = 0; round < 3; round++) for (const n of values) expect(num(n)).toBe(reference(n));
  });

  it('num(n) is the text of n rounded to hundredths, for every hundredth and any double', () => {
    for (let cents = -100000; cents <= 100000; cents++) expect(num(cents / 100)).toBe(reference(cents / 100));
    fc.assert(fc.property(fc.double(), (n) => num(n) === reference(n)), { numRuns: 20000 });
  });
});

// Path data as d3-path writes it, rounded to hundredths: what the pictures were first drawn with.
function d3Path(points: readonly { x: number; y: number }[]): string {
  const p = pathRound(2);
  p.moveTo(points[0]!.x, points[0]!.y);
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1]!, points[i]!, points[i + 1]!];
    p.arcTo(b.x, b.y, c.x, c.y, Math.min(6, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2));
  }
  p.lineTo(points.at(-1)!.x, points.at(-1)!.y);
  return p.toString();
}

function d3Head(points: readonly { x: number; y: number }[], size: number): string {
  const tip = points.at(-1)!;
  const from = points.at(-2) ?? tip;
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const [ux, uy] = [(tip.x - from.x) / len, (tip.y - from.y) / len];
  const [bx, by, half] = [tip.x - ux * size, tip.y - uy * size, size * 0.45];
  const p = pathRound(2);
  p.moveTo(bx - uy * half, by + ux * half);
  p.lineTo(tip.x, tip.y);
  p.lineTo(bx + uy * half, by - ux * half);
  p.closePath();
  return p.toString();
}

// Orthogonal polylines with steps of any length (zero and fractions included), and any polyline at all.
const coordinate = fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.double({ min: -2000, max: 2000, noNaN: true }));
const orthogonal = fc.tuple(fc.record({ x: coordinate, y: coordinate }), fc.array(fc.tuple(fc.boolean(), coordinate), { minLength: 1, maxLength: 8 })).map(([start, moves]) => {
  const points = [start];
  for (const [across, to] of moves) points.push(across ? { x: to, y: points.at(-1)!.y } : { x: points.at(-1)!.x, y: to });
  return points;
});
const anyLine = fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 1, maxLength: 6 });

describe('polylinePath and arrowHead', () => {
  it('polylinePath(points) writes the same path data as d3-path rounded to hundredths', () => {
    expect(polylinePath([{ x: 0, y: 0 }, { x: 40, y: 0 }, { x: 40, y: 30.125 }])).toBe('M0,0L34,0A6,6,0,0,1,40,6L40,30.13');
    fc.assert(fc.property(fc.oneof(orthogonal, anyLine), (points) => polylinePath(points) === d3Path(points)), { numRuns: 20000 });
  });
  it('arrowHead(points, size) writes the same path data as d3-path rounded to hundredths', () => {
    fc.assert(fc.property(fc.oneof(orthogonal, anyLine), fc.constantFrom(8, 9), (points, size) => arrowHead(points, size) === d3Head(points, size)), { numRuns: 20000 });
  });
});

describe('esc', () => {
  it('esc(a + b) is esc(a) + esc(b): text is escaped character by character, so a tooltip is escaped in parts', () => {
    expect(esc('a<b & "c"\u0001')).toBe('a&lt;b &amp; &quot;c&quot;');
    const unit = fc.constantFrom('a', ' ', '&', '<', '>', '"', "'", '\u0000', '\u0008', '\t', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', 'é');
    fc.assert(fc.property(fc.string({ unit }), fc.string({ unit }), (a, b) => esc(a + b) === esc(a) + esc(b)), { numRuns: 20000 });
  });

  it('esc(s) drops the characters XML forbids and writes the five entities, as two replacements would', () => {
    const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
    const reference = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => entities[c]!);
    expect(esc('routes:lb->web')).toBe('routes:lb-&gt;web');
    const unit = fc.constantFrom('a', '-', '&', '<', '>', '"', "'", '\u0000', '\u000c', '\r', '\n', '\u001f', '\ufffd', '\ufffe', '\uffff', 'é');
    fc.assert(fc.property(fc.string({ unit }), (s) => esc(s) === reference(s)), { numRuns: 20000 });
  });

  it('esc(s, memo) gives what esc(s) gives, the first time and every time after', () => {
    const memo = new Map<string, string>();
    const unit = fc.constantFrom('a', '>', '&', '"', '\u0001', '\uffff', 'é');
    fc.assert(fc.property(fc.string({ unit, maxLength: 6 }), (s) => esc(s, memo) === esc(s) && esc(s, memo) === esc(s)), { numRuns: 5000 });
    expect(esc('lb->web', memo)).toBe('lb-&gt;web');
    expect(memo.get('lb->web')).toBe('lb-&gt;web');
  });
});
