import type { Point } from './types.js';

/** Distance an edge keeps from the boxes it passes; gaps and paddings are at least twice this. */
export const MARGIN = 6;

/** Drops repeated and collinear middle points. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    // Read only within the list: a read before its start looks the index up as a property, far slower.
    const n = out.length;
    const last = n > 0 ? out[n - 1]! : undefined;
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = n > 1 ? out[n - 2]! : undefined;
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out[n - 1] = p;
    else out.push(p);
  }
  return out;
}

/** Rounds to two decimals, the precision every output number is written with. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
