import type { ResolvedRelation } from '@kubegram/model';
import { searchPath, type Port } from './_astar.js';
import { MARGIN, simplify } from './_geometry.js';
import { buildGrid, gridObstacles, gridPathClear, type BoxGrid } from './_grid.js';
import { markUsed, runsAlongOther, usedLines } from './_lines.js';
import type { LayoutBox, LayoutEdge, Point, Rect } from './types.js';

/** Boxes by id, and a grid over them for finding what an edge must stay out of. */
export interface BoxIndex {
  byId: ReadonlyMap<string, LayoutBox>;
  canvas: Rect;
  grid: BoxGrid;
}

/** Indexes boxes by id and by place. */
export function indexBoxes(boxes: readonly LayoutBox[], canvas: Rect): BoxIndex {
  const byId = new Map<string, LayoutBox>();
  for (const b of boxes) byId.set(b.id, b);
  return { byId, canvas, grid: buildGrid(boxes, canvas) };
}

function chain(index: BoxIndex, id: string): string[] {
  const out: string[] = [];
  for (let b = index.byId.get(id); b; b = b.parent === undefined ? undefined : index.byId.get(b.parent)) out.push(b.id);
  return out;
}

/**
 * The boxes a path between two boxes may cross: the ancestors of either end, and an end that
 * encloses the other (the path runs inside it). Every other box, the ends included, is an obstacle.
 * Asked only for boxes a path would enter, so walking up the parents is cheaper than building sets.
 */
function passable(fromChain: readonly string[], toChain: readonly string[]): (b: LayoutBox) => boolean {
  return (b) => fromChain.indexOf(b.id) > 0 || toChain.indexOf(b.id) > 0;
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

// A straight line where the boxes face each other: what a person draws first when nothing is in the way.
function straightShapes(a: Rect, b: Rect): Point[][] {
  const straight: Point[][] = [];
  const ox0 = Math.max(a.x, b.x);
  const ox1 = Math.min(a.x + a.w, b.x + b.w);
  if (ox1 - ox0 >= 4) {
    const x = (ox0 + ox1) / 2;
    if (a.y + a.h <= b.y) straight.push([{ x, y: a.y + a.h }, { x, y: b.y }]);
    else if (b.y + b.h <= a.y) straight.push([{ x, y: a.y }, { x, y: b.y + b.h }]);
  }
  const oy0 = Math.max(a.y, b.y);
  const oy1 = Math.min(a.y + a.h, b.y + b.h);
  if (oy1 - oy0 >= 4) {
    const y = (oy0 + oy1) / 2;
    if (a.x + a.w <= b.x) straight.push([{ x: a.x + a.w, y }, { x: b.x, y }]);
    else if (b.x + b.w <= a.x) straight.push([{ x: a.x, y }, { x: b.x + b.w, y }]);
  }
  return straight;
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
}

/**
 * Routes every relation orthogonally, clear of every box that is neither an end nor an ancestor of
 * an end: the layout's proposed route, then simple shapes, then a grid search.
 */
export function routeEdges(index: BoxIndex, requests: readonly RouteRequest[]): LayoutEdge[] {
  const edges: LayoutEdge[] = [];
  const used = usedLines(index.canvas);
  for (const { relation: r, hints, hintsFirst } of requests) {
    const a = index.byId.get(r.from);
    const b = index.byId.get(r.to);
    if (!a || !b) continue;
    const fromChain = chain(index, a.id);
    const toChain = chain(index, b.id);
    let points: Point[] | undefined;
    if (a.id === b.id) points = selfLoop(a);
    else {
      const allowed = passable(fromChain, toChain);
      const aInB = fromChain.includes(b.id);
      const bInA = toChain.includes(a.id);
      const nested = aInB || bInA;
      const straight = nested ? [] : straightShapes(a, b);
      const first = hintsFirst ? [...(hints ?? []), ...straight] : [...straight, ...(hints ?? [])];
      // First a shape clear of boxes and of other edges' lines; failing that, one clear of boxes.
      const pick = (tries: readonly (readonly Point[])[], strict: boolean) => {
        for (const t of tries) if (gridPathClear(index.grid, t, allowed) && !(strict && runsAlongOther(used, t, r.from, r.to))) return simplify(t);
        return undefined;
      };
      points = pick(first, true);
      if (!points) {
        const tries = nested ? first : [...first, ...bentShapes(a, b)];
        points = pick(tries.slice(first.length), true) ?? pick(tries, false);
      }
      if (!points) {
        const lca = fromChain.find((id) => toChain.includes(id));
        const bounds = lca === undefined ? index.canvas : index.byId.get(lca)!;
        const sides = ['top', 'bottom', 'left', 'right'] as const;
        points = searchPath(
          sides.map((s) => side(a, s, bInA)),
          sides.map((s) => side(b, s, aInB)),
          // A box inside an obstacle adds nothing the obstacle does not already block.
          gridObstacles(index.grid, bounds, allowed).filter((o) => o.parent === undefined || allowed(index.byId.get(o.parent)!)),
          bounds,
        );
      }
      // No clear way exists only when boxes leave no gap at all; a straight line still shows the relation.
      points ??= [
        { x: a.x + a.w / 2, y: a.y + a.h / 2 },
        { x: b.x + b.w / 2, y: b.y + b.h / 2 },
      ];
    }
    markUsed(used, points, r.from, r.to);
    const edge: LayoutEdge = { id: r.id, from: r.from, to: r.to, kind: r.kind, label: r.label, points };
    if (r.description !== undefined) edge.description = r.description;
    edges.push(edge);
  }
  return edges;
}
