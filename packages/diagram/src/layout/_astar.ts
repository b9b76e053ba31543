import { simplify } from './_geometry.js';
import { Heap } from './_heap.js';
import { searchGrid, type SearchGrid } from './_search-grid.js';
import type { Point, Rect } from './types.js';

/** What a bend costs, in pixels of length: a longer path with fewer bends wins. */
const BEND = 40;
// A search state is a vertex and the direction it was entered from: vertex * 5 + direction
// (0 right, 1 left, 2 down, 3 up; 4 at a start, not yet moving).
const DIRS = 5;
const DX = [1, -1, 0, 0];
const DY = [0, 0, 1, -1];

/** An end of a search: the point on the box border and the point just outside it where the path turns. */
export interface Port {
  border: Point;
  stub: Point;
}

/**
 * Shortest orthogonal path with few bends from any start port to any end port, on the grid of
 * lines that run a margin away from every obstacle, inside `bounds`. Undefined when none exists.
 */
export function searchPath(starts: readonly Port[], ends: readonly Port[], obstacles: readonly Rect[], bounds: Rect): Point[] | undefined {
  const grid = searchGrid(obstacles, bounds, [...starts, ...ends].map((p) => p.stub));
  const goal = new Map<number, number>();
  ends.forEach((p, k) => {
    const v = grid.vertexOf(p.stub);
    if (v >= 0 && !grid.vBlock[v] && !goal.has(v)) goal.set(v, k);
  });
  if (goal.size === 0) return undefined;
  const found = cheapest(grid, starts, goal);
  if (found === undefined) return undefined;
  const start = starts[found.start]!;
  const end = ends[goal.get(found.path.at(-1)!)!]!;
  const { xs, ys, nx } = grid;
  return simplify([start.border, ...found.path.map((v) => ({ x: xs[v % nx]!, y: ys[(v / nx) | 0]! })), end.border]);
}

/** The distance from a vertex to the nearest goal, never more than the real cost: the search's estimate. */
function estimate(grid: SearchGrid, goal: ReadonlyMap<number, number>): (v: number) => number {
  const { xs, ys, nx } = grid;
  const goals = [...goal.keys()].map((v) => ({ x: xs[v % nx]!, y: ys[Math.floor(v / nx)]! }));
  return (v) => {
    const x = xs[v % nx]!;
    const y = ys[Math.floor(v / nx)]!;
    let best = Infinity;
    for (const g of goals) best = Math.min(best, Math.abs(g.x - x) + Math.abs(g.y - y));
    return best;
  };
}

/** A* from the start ports to the nearest goal vertex: the vertices of the path and the start it left from. */
function cheapest(grid: SearchGrid, starts: readonly Port[], goal: ReadonlyMap<number, number>): { path: number[]; start: number } | undefined {
  const { xs, ys, nx, ny, hSeg, vSeg, vBlock } = grid;
  const states = nx * ny * DIRS;
  const dist = new Float64Array(states).fill(Infinity);
  // The state each was reached from and the start it left, both plus one: a new array's 0 is none.
  const prev = new Int32Array(states);
  const startOf = new Int32Array(states);
  const h = estimate(grid, goal);
  const heap = new Heap();
  starts.forEach((p, k) => {
    const v = grid.vertexOf(p.stub);
    if (v < 0 || vBlock[v]) return;
    const s = v * DIRS + 4;
    if (dist[s]! <= 0) return;
    dist[s] = 0;
    startOf[s] = k + 1;
    heap.push(h(v), s);
  });
  while (heap.size > 0) {
    const s = heap.pop();
    const v = (s / DIRS) | 0;
    if (goal.has(v)) return { path: pathTo(s, prev), start: startOf[s]! - 1 };
    // The states one stretch away, never turning back, in the order right, left, down, up: written
    // out here, where a list of pairs per state was most of a search's garbage.
    const d = s % DIRS;
    const i = v % nx;
    const j = (v / nx) | 0;
    const base = dist[s]!;
    for (let nd = 0; nd < 4; nd++) {
      if (d !== 4 && (d ^ 1) === nd) continue;
      const ni = i + DX[nd]!;
      const nj = j + DY[nd]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const blocked = nd === 0 ? hSeg[j * nx + i] : nd === 1 ? hSeg[j * nx + ni] : nd === 2 ? vSeg[j * nx + i] : vSeg[nj * nx + i];
      const nv = nj * nx + ni;
      if (blocked || vBlock[nv]) continue;
      const ns = nv * DIRS + nd;
      const cost = base + Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!) + (d !== 4 && d !== nd ? BEND : 0);
      if (cost >= dist[ns]!) continue;
      dist[ns] = cost;
      prev[ns] = s + 1;
      startOf[ns] = startOf[s]!;
      heap.push(cost + h(nv), ns);
    }
  }
  return undefined;
}

// The vertices from the start to state `s`, following the links back (each stored plus one).
function pathTo(s: number, prev: Int32Array): number[] {
  const path: number[] = [];
  for (let t = s; t >= 0; t = prev[t]! - 1) path.push((t / DIRS) | 0);
  return path.reverse();
}
