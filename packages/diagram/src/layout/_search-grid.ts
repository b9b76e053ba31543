import { MARGIN } from './_geometry.js';
import type { Point, Rect } from './types.js';

/**
 * The lines a path search runs on: one a margin away from each side of every obstacle and through
 * every port, inside the bounds; which crossings and stretches between them an obstacle blocks.
 */
export interface SearchGrid {
  xs: readonly number[];
  ys: readonly number[];
  nx: number;
  ny: number;
  /** Vertex (i, j), at j * nx + i, inside an obstacle. */
  vBlock: Uint8Array;
  /** Stretch from vertex (i, j) to (i + 1, j) crosses an obstacle. */
  hSeg: Uint8Array;
  /** Stretch from vertex (i, j) to (i, j + 1) crosses an obstacle. */
  vSeg: Uint8Array;
  /** The vertex at a point, or -1 when the point is on no crossing of the grid. */
  vertexOf(p: Point): number;
}

// The values within [lo, hi], sorted, each once: sorted first, a repeat is the value before it.
function uniqueSorted(values: number[], lo: number, hi: number): number[] {
  const sorted = values.filter((v) => v >= lo && v <= hi).sort((a, b) => a - b);
  let n = 0;
  for (let k = 0; k < sorted.length; k++) if (n === 0 || sorted[k] !== sorted[n - 1]) sorted[n++] = sorted[k]!;
  sorted.length = n;
  return sorted;
}

/** First index whose value is above v, in values sorted ascending. */
export function upper(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Builds the grid of a search among obstacles, through the given points (the ports' stubs). */
export function searchGrid(obstacles: readonly Rect[], bounds: Rect, through: readonly Point[]): SearchGrid {
  const xs0: number[] = [bounds.x + MARGIN, bounds.x + bounds.w - MARGIN];
  const ys0: number[] = [bounds.y + MARGIN, bounds.y + bounds.h - MARGIN];
  for (const o of obstacles) {
    xs0.push(o.x - MARGIN, o.x + o.w + MARGIN);
    ys0.push(o.y - MARGIN, o.y + o.h + MARGIN);
  }
  for (const p of through) {
    xs0.push(p.x);
    ys0.push(p.y);
  }
  const xs = uniqueSorted(xs0, bounds.x, bounds.x + bounds.w);
  const ys = uniqueSorted(ys0, bounds.y, bounds.y + bounds.h);
  const nx = xs.length;
  const cells = nx * ys.length;
  // A point is on a line only at its exact value: found by halving the sorted lines, with no map
  // of them made for the few points a search asks about.
  const at = (values: readonly number[], v: number) => {
    const k = upper(values, v) - 1;
    return k >= 0 && values[k] === v ? k : -1;
  };
  const vertexOf = (p: Point) => {
    const i = at(xs, p.x);
    const j = at(ys, p.y);
    return i < 0 || j < 0 ? -1 : j * nx + i;
  };
  const grid: SearchGrid = { xs, ys, nx, ny: ys.length, vBlock: new Uint8Array(cells), hSeg: new Uint8Array(cells), vSeg: new Uint8Array(cells), vertexOf };
  for (const o of obstacles) block(grid, o);
  return grid;
}

// Marks the vertices inside an obstacle, and the stretches whose span overlaps it: from the last
// line before it to the last line inside.
function block(g: Omit<SearchGrid, 'vertexOf'>, o: Rect): void {
  const { xs, ys, nx, ny, vBlock, hSeg, vSeg } = g;
  const iIn0 = upper(xs, o.x + 0.5 - 1e-9);
  const iIn1 = upper(xs, o.x + o.w - 0.5) - 1;
  const jIn0 = upper(ys, o.y + 0.5 - 1e-9);
  const jIn1 = upper(ys, o.y + o.h - 0.5) - 1;
  const iSeg0 = Math.max(0, iIn0 - 1);
  const jSeg0 = Math.max(0, jIn0 - 1);
  for (let j = jIn0; j <= jIn1; j++) {
    for (let i = iSeg0; i <= iIn1 && i < nx - 1; i++) hSeg[j * nx + i] = 1;
    for (let i = iIn0; i <= iIn1; i++) vBlock[j * nx + i] = 1;
  }
  for (let i = iIn0; i <= iIn1; i++) for (let j = jSeg0; j <= jIn1 && j < ny - 1; j++) vSeg[j * nx + i] = 1;
}
