import { idTable, type ResolvedRelation } from '@kubegram/model';
import { searchPath, type Port } from './_astar.js';
import { MARGIN, simplify } from './_geometry.js';
import { buildGrid, gridObstacles, gridPathClear, openPass, releaseGrid, type BoxGrid } from './_grid.js';
import { markUsed, runsAlongOther, usedLines, type UsedLines } from './_lines.js';
import type { LayoutBox, LayoutEdge, Point, Rect } from './types.js';

/** Boxes by number and by place, each box's number by id, and the number of its parent box. */
export interface BoxIndex {
  boxes: readonly LayoutBox[];
  /** Number of each box, by id. */
  at: BoxNumbers;
  /** Per box, the number of its parent box, or -1. */
  parent: Int32Array;
  canvas: Rect;
  grid: BoxGrid;
}

/** The number of each box, by its id. */
export interface BoxNumbers {
  get(id: string): number | undefined;
}

// Up to this many boxes their numbers are kept in a Map, which reads the hash each id string keeps
// once computed, where the id table hashes every id it is asked for again, character by character:
// for a picture of a few thousand boxes, a third of the cost. Past it, a Map's growth (every entry
// moved to a table twice as large, again and again) costs more than the table's hashing.
const MAP_UP_TO = 4096;

function boxNumbers(boxes: readonly LayoutBox[]): BoxNumbers {
  if (boxes.length > MAP_UP_TO) return idTable(boxes, (b) => b.id);
  // Filled in order, the later of two boxes with one id is found, as in the id table.
  const at = new Map<string, number>();
  for (let k = 0; k < boxes.length; k++) at.set(boxes[k]!.id, k);
  return at;
}

/** Indexes boxes by id and by place. */
export function indexBoxes(boxes: readonly LayoutBox[], canvas: Rect): BoxIndex {
  const at = boxNumbers(boxes);
  const grid = buildGrid(boxes, canvas, (b) => (b.parent === undefined ? -1 : (at.get(b.parent) ?? -1)));
  return { boxes, at, parent: grid.parent, canvas, grid };
}

/** Gives the index's arrays back for the next index, once its edges are routed; it must not be read after. */
export function releaseIndex(index: BoxIndex): void {
  releaseGrid(index.grid);
}

/** The box of an id, if there is one. */
export function boxOf(index: BoxIndex, id: string): LayoutBox | undefined {
  const k = index.at.get(id);
  return k === undefined ? undefined : index.boxes[k];
}

// Whether box `up` is box k or one of its ancestors.
function within(parent: Int32Array, k: number, up: number): boolean {
  for (let j = k; j >= 0; j = parent[j]!) if (j === up) return true;
  return false;
}

// The nearest box holding both k and m (either may hold the other), or -1.
function commonAncestor(parent: Int32Array, k: number, m: number): number {
  for (let j = k; j >= 0; j = parent[j]!) if (within(parent, m, j)) return j;
  return -1;
}

// The boxes a path between two boxes may cross: the ancestors of either end, and an end that
// encloses the other (the path runs inside it). Every other box, the ends included, is an obstacle.
function passThrough(index: BoxIndex, k: number, m: number, ends: number[]): number {
  const { parent } = index;
  let n = 0;
  for (let j = parent[k]!; j >= 0; j = parent[j]!) ends[n++] = j;
  for (let j = parent[m]!; j >= 0; j = parent[j]!) ends[n++] = j;
  return openPass(index.grid, ends, n);
}

const side = (b: Rect, s: 'top' | 'bottom' | 'left' | 'right', inward: boolean): Port => {
  const d = inward ? -MARGIN : MARGIN;
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  if (s === 'top') return { border: { x: cx, y: b.y }, stub: { x: cx, y: b.y - d } };
  if (s === 'bottom') return { border: { x: cx, y: b.y + b.h }, stub: { x: cx, y: b.y + b.h + d } };
  if (s === 'left') return { border: { x: b.x, y: cy }, stub: { x: b.x - d, y: cy } };
  return { border: { x: b.x + b.w, y: cy }, stub: { x: b.x + b.w + d, y: cy } };
};

const NONE: readonly (readonly Point[])[] = [];

// A straight line where the boxes face each other: what a person draws first when nothing is in the way.
// The list is made only for a shape: boxes that face each other nowhere share the empty one.
function straightShapes(a: Rect, b: Rect): readonly (readonly Point[])[] {
  let straight: Point[][] | undefined;
  const ox0 = Math.max(a.x, b.x);
  const ox1 = Math.min(a.x + a.w, b.x + b.w);
  if (ox1 - ox0 >= 4) {
    const x = (ox0 + ox1) / 2;
    if (a.y + a.h <= b.y) (straight ??= []).push([{ x, y: a.y + a.h }, { x, y: b.y }]);
    else if (b.y + b.h <= a.y) (straight ??= []).push([{ x, y: a.y }, { x, y: b.y + b.h }]);
  }
  const oy0 = Math.max(a.y, b.y);
  const oy1 = Math.min(a.y + a.h, b.y + b.h);
  if (oy1 - oy0 >= 4) {
    const y = (oy0 + oy1) / 2;
    if (a.x + a.w <= b.x) (straight ??= []).push([{ x: a.x + a.w, y }, { x: b.x, y }]);
    else if (b.x + b.w <= a.x) (straight ??= []).push([{ x: a.x, y }, { x: b.x + b.w, y }]);
  }
  return straight ?? NONE;
}

// One-bend and two-bend shapes, built only when neither a straight line nor a hint is clear.
function bentShapes(a: Rect, b: Rect): Point[][] {
  const out: Point[][] = [];
  const acx = a.x + a.w / 2;
  const acy = a.y + a.h / 2;
  const bcx = b.x + b.w / 2;
  const bcy = b.y + b.h / 2;
  const ax = bcx > a.x + a.w ? a.x + a.w : bcx < a.x ? a.x : undefined;
  const by = acy < b.y ? b.y : acy > b.y + b.h ? b.y + b.h : undefined;
  if (ax !== undefined && by !== undefined) out.push([{ x: ax, y: acy }, { x: bcx, y: acy }, { x: bcx, y: by }]);
  const ay = bcy > a.y + a.h ? a.y + a.h : bcy < a.y ? a.y : undefined;
  const bx = acx < b.x ? b.x : acx > b.x + b.w ? b.x + b.w : undefined;
  if (ay !== undefined && bx !== undefined) out.push([{ x: acx, y: ay }, { x: acx, y: bcy }, { x: bx, y: bcy }]);
  if (a.y + a.h + 2 * MARGIN <= b.y || b.y + b.h + 2 * MARGIN <= a.y) {
    const down = a.y + a.h <= b.y;
    const my = down ? (a.y + a.h + b.y) / 2 : (b.y + b.h + a.y) / 2;
    out.push([{ x: acx, y: down ? a.y + a.h : a.y }, { x: acx, y: my }, { x: bcx, y: my }, { x: bcx, y: down ? b.y : b.y + b.h }]);
  }
  if (a.x + a.w + 2 * MARGIN <= b.x || b.x + b.w + 2 * MARGIN <= a.x) {
    const right = a.x + a.w <= b.x;
    const mx = right ? (a.x + a.w + b.x) / 2 : (b.x + b.w + a.x) / 2;
    out.push([{ x: right ? a.x + a.w : a.x, y: acy }, { x: mx, y: acy }, { x: mx, y: bcy }, { x: right ? b.x : b.x + b.w, y: bcy }]);
  }
  return out;
}

/** A loop on the right side of a box, for a relation from a box to itself. */
function selfLoop(b: Rect): Point[] {
  const x = b.x + b.w;
  const cy = b.y + b.h / 2;
  const d = Math.min(8, b.h / 4);
  return [{ x, y: cy - d }, { x: x + MARGIN, y: cy - d }, { x: x + MARGIN, y: cy + d }, { x, y: cy + d }];
}

/** A relation to draw and, optionally, the routes the layout proposes for it, best first. */
export interface RouteRequest {
  relation: Pick<ResolvedRelation, 'id' | 'from' | 'to' | 'kind' | 'label' | 'description'>;
  hints?: readonly (readonly Point[])[];
  /** Try the hints before a straight line (a straight line would cross the title of an end's parent). */
  hintsFirst?: boolean;
  /** The numbers of the boxes of its ends in the index, when the layout has found them already. */
  fromBox?: number;
  toBox?: number;
}

// The first of the shapes clear of every box the pass does not let through and, when strict, of
// other edges' lines.
function clearOf(index: BoxIndex, tries: readonly (readonly Point[])[], pass: number, strict: boolean, used: UsedLines, from: number, to: number): Point[] | undefined {
  for (const t of tries) if (gridPathClear(index.grid, t, pass) && !(strict && runsAlongOther(used, t, from, to))) return simplify(t);
  return undefined;
}

const SIDES = ['top', 'bottom', 'left', 'right'] as const;

// The way between two distinct boxes: the first clear of boxes and of other edges' lines of a
// straight line and the hints (in the order asked), then of the bent shapes; failing that, the
// first clear of boxes; failing that, a grid search.
function wayBetween(index: BoxIndex, k: number, m: number, req: RouteRequest, used: UsedLines, ends: number[]): Point[] | undefined {
  const { parent, boxes } = index;
  const a = boxes[k]!;
  const b = boxes[m]!;
  const pass = passThrough(index, k, m, ends);
  const aInB = within(parent, k, m);
  const bInA = within(parent, m, k);
  const nested = aInB || bInA;
  const straight = nested ? NONE : straightShapes(a, b);
  // The hints are read only once a straight line tried first is not clear: a request may propose
  // them only when they are first read.
  const hintsFirst = req.hintsFirst === true;
  let hints = hintsFirst ? (req.hints ?? NONE) : NONE;
  const found = hintsFirst
    ? (clearOf(index, hints, pass, true, used, k, m) ?? clearOf(index, straight, pass, true, used, k, m))
    : (clearOf(index, straight, pass, true, used, k, m) ?? clearOf(index, (hints = req.hints ?? NONE), pass, true, used, k, m));
  if (found) return found;
  const first = hintsFirst ? hints : straight;
  const then = hintsFirst ? straight : hints;
  const bent = nested ? NONE : bentShapes(a, b);
  const loose = clearOf(index, bent, pass, true, used, k, m) ?? clearOf(index, first, pass, false, used, k, m) ?? clearOf(index, then, pass, false, used, k, m) ?? clearOf(index, bent, pass, false, used, k, m);
  if (loose) return loose;
  const lca = commonAncestor(parent, k, m);
  const bounds = lca < 0 ? index.canvas : boxes[lca]!;
  // A box inside an obstacle adds nothing the obstacle does not already block.
  const obstacles = gridObstacles(index.grid, bounds, pass).filter((o) => parent[o]! < 0 || index.grid.pass[parent[o]!] === pass);
  return searchPath(
    SIDES.map((s) => side(a, s, bInA)),
    SIDES.map((s) => side(b, s, aInB)),
    obstacles.map((o) => boxes[o]!),
    bounds,
  );
}

/**
 * Routes every relation orthogonally, clear of every box that is neither an end nor an ancestor of
 * an end: the layout's proposed route, then simple shapes, then a grid search.
 */
export function routeEdges(index: BoxIndex, requests: Iterable<RouteRequest>): LayoutEdge[] {
  const edges: LayoutEdge[] = [];
  const used = usedLines(index.canvas, index.boxes.length);
  // The boxes a path may cross, written afresh for each edge.
  const ends: number[] = [];
  for (const req of requests) {
    const r = req.relation;
    const k = req.fromBox ?? index.at.get(r.from);
    const m = req.toBox ?? index.at.get(r.to);
    if (k === undefined || m === undefined) continue;
    const a = index.boxes[k]!;
    const b = index.boxes[m]!;
    let points: Point[] | undefined;
    if (k === m) points = selfLoop(a);
    else {
      // No clear way exists only when boxes leave no gap at all; a straight line still shows the relation.
      points = wayBetween(index, k, m, req, used, ends) ?? [
        { x: a.x + a.w / 2, y: a.y + a.h / 2 },
        { x: b.x + b.w / 2, y: b.y + b.h / 2 },
      ];
    }
    markUsed(used, points, k, m);
    const edge: LayoutEdge = { id: r.id, from: r.from, to: r.to, kind: r.kind, label: r.label, points };
    if (r.description !== undefined) edge.description = r.description;
    edges.push(edge);
  }
  return edges;
}
