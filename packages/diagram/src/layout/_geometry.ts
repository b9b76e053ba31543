import type { Point } from './types.js';

/** Distance an edge keeps from the boxes it passes; gaps and paddings are at least twice this. */
export const MARGIN = 6;

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
