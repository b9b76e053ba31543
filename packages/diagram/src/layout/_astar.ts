import { MARGIN, simplify } from './_geometry.js';
import type { Point, Rect } from './types.js';

const BEND = 40;

/** An end of a search: the point on the box border and the point just outside it where the path turns. */
export interface Port {
  border: Point;
  stub: Point;
}

class Heap {
  private items: { f: number; seq: number; s: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  push(f: number, seq: number, s: number): void {
    const a = this.items;
    a.push({ f, seq, s });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top.s;
  }
  private less(x: { f: number; seq: number }, y: { f: number; seq: number }): boolean {
    return x.f < y.f || (x.f === y.f && x.seq < y.seq);
  }
}

const uniqueSorted = (values: number[], lo: number, hi: number) =>
  [...new Set(values.filter((v) => v >= lo && v <= hi))].sort((a, b) => a - b);

// First index whose value is > v (values sorted ascending).
function upper(values: readonly number[], v: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Shortest orthogonal path with few bends from any start port to any end port, on the grid of
 * lines that run a margin away from every obstacle, inside `bounds`. Undefined when none exists.
 */
export function searchPath(starts: readonly Port[], ends: readonly Port[], obstacles: readonly Rect[], bounds: Rect): Point[] | undefined {
  const xs0: number[] = [bounds.x + MARGIN, bounds.x + bounds.w - MARGIN];
  const ys0: number[] = [bounds.y + MARGIN, bounds.y + bounds.h - MARGIN];
  for (const o of obstacles) {
    xs0.push(o.x - MARGIN, o.x + o.w + MARGIN);
    ys0.push(o.y - MARGIN, o.y + o.h + MARGIN);
  }
  for (const p of [...starts, ...ends]) {
    xs0.push(p.stub.x);
    ys0.push(p.stub.y);
  }
  const xs = uniqueSorted(xs0, bounds.x, bounds.x + bounds.w);
  const ys = uniqueSorted(ys0, bounds.y, bounds.y + bounds.h);
  const nx = xs.length;
  const ny = ys.length;
  const cells = nx * ny;
  const vBlock = new Uint8Array(cells); // vertex (i, j) at j * nx + i
  const hSeg = new Uint8Array(cells); // segment (i, j) -> (i + 1, j)
  const vSeg = new Uint8Array(cells); // segment (i, j) -> (i, j + 1)
  for (const o of obstacles) {
    const x0 = o.x + 0.5;
    const x1 = o.x + o.w - 0.5;
    const y0 = o.y + 0.5;
    const y1 = o.y + o.h - 0.5;
    const iIn0 = upper(xs, x0 - 1e-9);
    const iIn1 = upper(xs, x1) - 1;
    const jIn0 = upper(ys, y0 - 1e-9);
    const jIn1 = upper(ys, y1) - 1;
    // Segments whose span overlaps the obstacle: from the last line before it to the last line inside.
    const iSeg0 = Math.max(0, iIn0 - 1);
    const jSeg0 = Math.max(0, jIn0 - 1);
    for (let j = jIn0; j <= jIn1; j++) {
      for (let i = iSeg0; i <= iIn1 && i < nx - 1; i++) hSeg[j * nx + i] = 1;
      for (let i = iIn0; i <= iIn1; i++) vBlock[j * nx + i] = 1;
    }
    for (let i = iIn0; i <= iIn1; i++) for (let j = jSeg0; j <= jIn1 && j < ny - 1; j++) vSeg[j * nx + i] = 1;
  }
  const xi = new Map(xs.map((x, i) => [x, i]));
  const yj = new Map(ys.map((y, j) => [y, j]));
  const vertexOf = (p: Point) => {
    const i = xi.get(p.x);
    const j = yj.get(p.y);
    return i === undefined || j === undefined ? -1 : j * nx + i;
  };
  const goal = new Map<number, number>();
  ends.forEach((p, k) => {
    const v = vertexOf(p.stub);
    if (v >= 0 && !vBlock[v] && !goal.has(v)) goal.set(v, k);
  });
  if (goal.size === 0) return undefined;
  const goals = [...goal.keys()].map((v) => ({ x: xs[v % nx]!, y: ys[Math.floor(v / nx)]! }));
  const h = (v: number) => {
    const x = xs[v % nx]!;
    const y = ys[Math.floor(v / nx)]!;
    let best = Infinity;
    for (const g of goals) best = Math.min(best, Math.abs(g.x - x) + Math.abs(g.y - y));
    return best;
  };
  // State = vertex * 5 + direction (0..3, 4 = none yet).
  const dist = new Float64Array(cells * 5).fill(Infinity);
  const prev = new Int32Array(cells * 5).fill(-1);
  const startOf = new Int32Array(cells * 5).fill(-1);
  const heap = new Heap();
  let seq = 0;
  starts.forEach((p, k) => {
    const v = vertexOf(p.stub);
    if (v < 0 || vBlock[v]) return;
    const s = v * 5 + 4;
    if (dist[s]! <= 0) return;
    dist[s] = 0;
    startOf[s] = k;
    heap.push(h(v), seq++, s);
  });
  const DX = [1, -1, 0, 0];
  const DY = [0, 0, 1, -1];
  let found = -1;
  while (heap.size > 0) {
    const s = heap.pop();
    const v = (s / 5) | 0;
    const d = s % 5;
    if (goal.has(v)) {
      found = s;
      break;
    }
    const i = v % nx;
    const j = (v / nx) | 0;
    const base = dist[s]!;
    for (let nd = 0; nd < 4; nd++) {
      if (d !== 4 && ((d ^ 1) === nd)) continue;
      const ni = i + DX[nd]!;
      const nj = j + DY[nd]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const blocked = nd === 0 ? hSeg[j * nx + i] : nd === 1 ? hSeg[j * nx + ni] : nd === 2 ? vSeg[j * nx + i] : vSeg[nj * nx + i];
      if (blocked) continue;
      const nv = nj * nx + ni;
      if (vBlock[nv]) continue;
      const cost = base + Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!) + (d !== 4 && d !== nd ? BEND : 0);
      const ns = nv * 5 + nd;
      if (cost < dist[ns]!) {
        dist[ns] = cost;
        prev[ns] = s;
        startOf[ns] = startOf[s]!;
        heap.push(cost + h(nv), seq++, ns);
      }
    }
  }
  if (found < 0) return undefined;
  const pts: Point[] = [];
  for (let s = found; s >= 0; s = prev[s]!) {
    const v = (s / 5) | 0;
    pts.push({ x: xs[v % nx]!, y: ys[(v / nx) | 0]! });
  }
  pts.reverse();
  const start = starts[startOf[found]!]!;
  const end = ends[goal.get((found / 5) | 0)!]!;
  return simplify([start.border, ...pts, end.border]);
}
