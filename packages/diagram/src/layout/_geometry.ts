import type { Point, Rect } from './types.js';

/** Distance an edge keeps from the boxes it passes; gaps and paddings are at least twice this. */
export const MARGIN = 6;

const EPS = 0.5;

/** Whether the orthogonal segment a-b enters the open interior of r. */
export function segmentHits(a: Point, b: Point, r: Rect): boolean {
  if (a.y === b.y) {
    return a.y > r.y + EPS && a.y < r.y + r.h - EPS && Math.max(a.x, b.x) > r.x + EPS && Math.min(a.x, b.x) < r.x + r.w - EPS;
  }
  return a.x > r.x + EPS && a.x < r.x + r.w - EPS && Math.max(a.y, b.y) > r.y + EPS && Math.min(a.y, b.y) < r.y + r.h - EPS;
}

/** Whether a polyline stays out of every rectangle. */
export function pathClear(points: readonly Point[], obstacles: readonly Rect[]): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    for (const r of obstacles) if (segmentHits(a, b, r)) return false;
  }
  return true;
}

/** Drops repeated and collinear middle points. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** Rounds to two decimals, the precision every output number is written with. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
