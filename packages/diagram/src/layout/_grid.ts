import type { LayoutBox, Point, Rect } from './types.js';

const EPS = 0.5;

/**
 * A uniform grid over the boxes, so a segment is checked only against the boxes in the cells it
 * crosses: routing stays linear in the number of boxes instead of scanning all of them per edge.
 */
export interface BoxGrid {
  boxes: readonly LayoutBox[];
  /** Per box k, its x, y, w and h at 4k to 4k + 3: the checks read flat numbers, not scattered objects. */
  geo: Float64Array;
  /** Box numbers of every cell, row-major, cell after cell; cell k holds items start[k] to start[k + 1]. */
  items: Int32Array;
  start: Int32Array;
  /**
   * Per cell, the next cell right of it (below it) that holds other boxes: a long segment along a
   * corridor skips the run of cells holding just the boxes it has already checked.
   */
  nextRight: Int32Array;
  nextDown: Int32Array;
  x0: number;
  y0: number;
  size: number;
  cols: number;
  rows: number;
  /** Per box, the query that saw it last, so a box in several cells is checked once. */
  seen: Int32Array;
  query: { n: number };
  /** Per box, the pass that lets paths through it: a box whose entry equals the pass asked for is no obstacle. */
  pass: Int32Array;
  /** Per box, the number of its parent box, or -1. */
  parent: Int32Array;
  /** The arrays it was lent, to give back. */
  arrays: GridArrays;
}

// The arrays of one grid, kept from one picture to the next and grown as pictures need: a typed
// array's memory is allocated and later freed one at a time by the engine, which cost a picture of a
// few dozen boxes more than filling the arrays. They are lent to one grid at a time and given back
// when its routing is done; a grid built while they are out (or never given back) gets arrays of its
// own. Entries past what a grid fills are left from earlier pictures and never read.
interface GridArrays {
  geo: Float64Array;
  span: Int32Array;
  start: Int32Array;
  fill: Int32Array;
  nextRight: Int32Array;
  nextDown: Int32Array;
  seen: Int32Array;
  pass: Int32Array;
  parent: Int32Array;
  items: Int32Array;
  /**
   * The count behind query and pass numbers, kept with the arrays so the numbers an earlier picture
   * left in `seen` and `pass` are all lower than any a later one uses: no array needs clearing.
   */
  query: { n: number };
}

let spare: GridArrays | undefined;

// Past this count the arrays are cleared and the count starts again, long before it overflows.
const RESTART = 1 << 30;

const ints = (have: Int32Array, n: number): Int32Array => (have.length >= n ? have : new Int32Array(n + (n >> 1)));

// The arrays for a grid of n boxes, `cells` cells and `listed` box entries in them.
function lend(n: number, cells: number, listed: number): GridArrays {
  const a = spare ?? { geo: new Float64Array(0), span: new Int32Array(0), start: new Int32Array(0), fill: new Int32Array(0), nextRight: new Int32Array(0), nextDown: new Int32Array(0), seen: new Int32Array(0), pass: new Int32Array(0), parent: new Int32Array(0), items: new Int32Array(0), query: { n: 0 } };
  spare = undefined;
  if (a.geo.length < 4 * n) a.geo = new Float64Array(6 * n);
  a.span = ints(a.span, 4 * n);
  a.start = ints(a.start, cells + 1);
  a.fill = ints(a.fill, cells);
  a.nextRight = ints(a.nextRight, cells);
  a.nextDown = ints(a.nextDown, cells);
  a.seen = ints(a.seen, n);
  a.pass = ints(a.pass, n);
  a.parent = ints(a.parent, n);
  a.items = ints(a.items, listed);
  if (a.query.n > RESTART) {
    a.seen.fill(0);
    a.pass.fill(0);
    a.query.n = 0;
  }
  a.start.fill(0, 0, cells + 1);
  return a;
}

/** Gives a grid's arrays back for the next grid; the grid must not be read after. */
export function releaseGrid(grid: BoxGrid): void {
  spare = grid.arrays;
}

/**
 * Builds the grid; the cell size follows the median leaf size so each cell holds a few boxes. Each
 * box's parent, by number, is kept in the grid's arrays; `releaseGrid` gives them back.
 */
export function buildGrid(boxes: readonly LayoutBox[], canvas: Rect, parentOf: (box: LayoutBox) => number): BoxGrid {
  const area = Math.max(1, canvas.w * canvas.h);
  // About two cells per box keeps the lists short without making big containers span many cells.
  const size = Math.max(24, Math.sqrt(area / Math.max(1, 2 * boxes.length)));
  const cols = Math.max(1, Math.ceil(canvas.w / size) + 1);
  const rows = Math.max(1, Math.ceil(canvas.h / size) + 1);
  const clampC = (v: number) => Math.min(cols - 1, Math.max(0, Math.floor((v - canvas.x) / size)));
  const clampR = (v: number) => Math.min(rows - 1, Math.max(0, Math.floor((v - canvas.y) / size)));
  const n = boxes.length;
  // The cells every box covers, counted first, so the lists of all cells fit in the one allocation.
  let listed = 0;
  for (let k = 0; k < n; k++) {
    const b = boxes[k]!;
    listed += (clampC(b.x + b.w) - clampC(b.x) + 1) * (clampR(b.y + b.h) - clampR(b.y) + 1);
  }
  // Each box's span of cells, found once for the two passes that count and then fill the cells, so
  // the whole grid is two flat arrays rather than one list per cell.
  const cells = cols * rows;
  const arrays = lend(n, cells, listed);
  const { geo, span, start, fill, nextRight, nextDown, seen, pass, parent, items, query } = arrays;
  for (let k = 0; k < n; k++) {
    const b = boxes[k]!;
    parent[k] = parentOf(b);
    geo[4 * k] = b.x;
    geo[4 * k + 1] = b.y;
    geo[4 * k + 2] = b.w;
    geo[4 * k + 3] = b.h;
    const c0 = (span[4 * k] = clampC(b.x));
    const c1 = (span[4 * k + 1] = clampC(b.x + b.w));
    const r0 = (span[4 * k + 2] = clampR(b.y));
    const r1 = (span[4 * k + 3] = clampR(b.y + b.h));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) start[r * cols + c + 1]!++;
  }
  for (let i = 1; i <= cells; i++) start[i]! += start[i - 1]!;
  for (let i = 0; i < cells; i++) fill[i] = start[i]!;
  for (let k = 0; k < n; k++) {
    const c0 = span[4 * k]!;
    const c1 = span[4 * k + 1]!;
    const r1 = span[4 * k + 3]!;
    for (let r = span[4 * k + 2]!; r <= r1; r++) for (let c = c0; c <= c1; c++) items[fill[r * cols + c]!++] = k;
  }
  runs(items, start, cols, rows, nextRight, nextDown);
  return { boxes, geo, items, start, nextRight, nextDown, x0: canvas.x, y0: canvas.y, size, cols, rows, seen, query, pass, parent, arrays };
}

// Whether two cells hold the same boxes (each cell lists them in box order).
function same(items: Int32Array, start: Int32Array, p: number, q: number): boolean {
  const n = start[p + 1]! - start[p]!;
  if (n !== start[q + 1]! - start[q]!) return false;
  for (let i = 0; i < n; i++) if (items[start[p]! + i] !== items[start[q]! + i]) return false;
  return true;
}

// Fills, for every cell, the first cell after it along its row (its column) that holds other
// boxes, or one past the row's (the column's) end.
function runs(items: Int32Array, start: Int32Array, cols: number, rows: number, nextRight: Int32Array, nextDown: Int32Array): void {
  for (let r = 0; r < rows; r++) {
    let next = cols;
    for (let c = cols - 1; c >= 0; c--) {
      const cell = r * cols + c;
      if (c < cols - 1 && !same(items, start, cell, cell + 1)) next = c + 1;
      nextRight[cell] = next;
    }
  }
  for (let c = 0; c < cols; c++) {
    let next = rows;
    for (let r = rows - 1; r >= 0; r--) {
      const cell = r * cols + c;
      if (r < rows - 1 && !same(items, start, cell, cell + cols)) next = r + 1;
      nextDown[cell] = next;
    }
  }
}

/** Whether the orthogonal segment a-b enters the open interior of box k. */
function hits(a: Point, b: Point, geo: Float64Array, k: number): boolean {
  const x = geo[4 * k]!;
  const y = geo[4 * k + 1]!;
  if (a.y === b.y) {
    return a.y > y + EPS && a.y < y + geo[4 * k + 3]! - EPS && Math.max(a.x, b.x) > x + EPS && Math.min(a.x, b.x) < x + geo[4 * k + 2]! - EPS;
  }
  return a.x > x + EPS && a.x < x + geo[4 * k + 2]! - EPS && Math.max(a.y, b.y) > y + EPS && Math.min(a.y, b.y) < y + geo[4 * k + 3]! - EPS;
}

// Whether segment a-b enters a box of one cell that the pass does not let it through; marks the
// cell's boxes seen by query q.
function cellBlocks(grid: BoxGrid, cell: number, q: number, a: Point, b: Point, pass: number): boolean {
  const { items, start, geo, seen } = grid;
  for (let m = start[cell]!; m < start[cell + 1]!; m++) {
    const k = items[m]!;
    if (seen[k] === q) continue;
    seen[k] = q;
    if (hits(a, b, geo, k) && grid.pass[k] !== pass) return true;
  }
  return false;
}

/**
 * Lets paths through the given boxes for the pass it returns: the pass to give `gridPathClear` and
 * `gridObstacles`. A new pass lets through none of the boxes earlier ones did.
 */
export function openPass(grid: BoxGrid, boxes: readonly number[], count: number): number {
  const pass = ++grid.query.n;
  for (let i = 0; i < count; i++) grid.pass[boxes[i]!] = pass;
  return pass;
}

/** Whether a polyline stays out of every box the pass does not let it through. */
export function gridPathClear(grid: BoxGrid, points: readonly Point[], pass: number): boolean {
  const { size, cols, rows, x0, y0, nextRight, nextDown } = grid;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const q = ++grid.query.n;
    const c0 = Math.min(cols - 1, Math.max(0, Math.floor((Math.min(a.x, b.x) - x0) / size)));
    const c1 = Math.min(cols - 1, Math.max(0, Math.floor((Math.max(a.x, b.x) - x0) / size)));
    const r0 = Math.min(rows - 1, Math.max(0, Math.floor((Math.min(a.y, b.y) - y0) / size)));
    const r1 = Math.min(rows - 1, Math.max(0, Math.floor((Math.max(a.y, b.y) - y0) / size)));
    // Along a row or a column, a cell holding the same boxes as the one before adds nothing.
    if (r0 === r1) {
      for (let c = c0; c <= c1; c = nextRight[r0 * cols + c]!) if (cellBlocks(grid, r0 * cols + c, q, a, b, pass)) return false;
    } else if (c0 === c1) {
      for (let r = r0; r <= r1; r = nextDown[r * cols + c0]!) if (cellBlocks(grid, r * cols + c0, q, a, b, pass)) return false;
    } else {
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (cellBlocks(grid, r * cols + c, q, a, b, pass)) return false;
    }
  }
  return true;
}

/** The numbers of the boxes that overlap a rectangle and the pass does not let a path through, in box order. */
export function gridObstacles(grid: BoxGrid, area: Rect, pass: number): number[] {
  const { size, cols, rows, x0, y0, items, start, geo, seen } = grid;
  const q = ++grid.query.n;
  const found: number[] = [];
  const c0 = Math.min(cols - 1, Math.max(0, Math.floor((area.x - x0) / size)));
  const c1 = Math.min(cols - 1, Math.max(0, Math.floor((area.x + area.w - x0) / size)));
  const r0 = Math.min(rows - 1, Math.max(0, Math.floor((area.y - y0) / size)));
  const r1 = Math.min(rows - 1, Math.max(0, Math.floor((area.y + area.h - y0) / size)));
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const cell = r * cols + c;
      for (let m = start[cell]!; m < start[cell + 1]!; m++) {
        const k = items[m]!;
        if (seen[k] === q) continue;
        seen[k] = q;
        const x = geo[4 * k]!;
        const y = geo[4 * k + 1]!;
        if (x < area.x + area.w && x + geo[4 * k + 2]! > area.x && y < area.y + area.h && y + geo[4 * k + 3]! > area.y && grid.pass[k] !== pass) found.push(k);
      }
    }
  }
  // Cell visits come in grid order; box order keeps the search independent of the cell size.
  return found.sort((p, r) => p - r);
}
