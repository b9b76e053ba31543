import type { ViewSelection } from '@kubegram/model';
import { TEXT } from '../../layout/_text.js';
import type { BodyOptions, LayoutShape, SizeBound } from '../types.js';
import { onePod, skeletonBoth, type BoundParts } from './_bound-sizes.js';
import { skeletonOf } from './_skeleton.js';
import { controlPlaneParts } from './_control-plane-parts.js';
import { everyKnob } from './_every-knob.js';
import { builtTree, treeFor, treeOptions } from './_layout.js';
import { levelOf } from './_level-tree.js';
import { frameOfSizes, nodeFrame, type NodeFrame, type NodeParts, type Sized } from './_node-frame.js';
import { CLUSTER, OUTSIDE, TIGHT } from './_spacing.js';
import { tallyActors } from './_tally-actors.js';
import { workerColumns } from './_worker-grid.js';
import { iconSpace, size, titleHeight, type Work } from './_work.js';

/**
 * The least size of a structure picture in a shape: the cluster holds at least one control-plane
 * node over the corridor over one row of workers, as wide as the wider of the two, with its
 * padding and the picture's margin; the outside world and more rows only add to it.
 */
export function structureBound(sel: ViewSelection, opts: BodyOptions): SizeBound {
  const shape = opts.shape ?? {};
  const { cp, workers, titleH, titleW, actors, font, exact } = partsOf(sel, opts, shape);
  const tight = shape.tight === true;
  const below = shape.outsideBelow === true;
  const { lane, corridor } = tight ? TIGHT : CLUSTER;
  const between = cp.n > 0 && workers.n > 0 ? corridor : 0;
  const cpRowW = cp.n * cp.w + Math.max(0, cp.n - 1) * CLUSTER.gap;
  const widest = Math.max(actors.kubectlW, actors.restW);
  // With the node frames the layout's own, the worker grid is the layout's own too: the columns it
  // picks for the shape's aspect. Otherwise one row of one column, which no grid undercuts.
  const grid = exact === true && shape.anyPodGrid !== true ? workerGrid(workers, { w: cpRowW, h: cp.h }, below ? 0 : widest, opts.aspect) : { w: workers.w, h: workers.h };
  const clusterH = titleH + lane + cp.h + between + grid.h + CLUSTER.pad;
  const clusterW = 2 * CLUSTER.pad + Math.max(cpRowW, grid.w, titleW);
  // The outside world: beside the cluster (kubectl left unless drawn tight, the rest right), or in a row under it.
  const left = tight || actors.kubectl === 0 ? 0 : actors.kubectlW + OUTSIDE.gap;
  const right = tight ? (actors.n === 0 ? 0 : OUTSIDE.gap + widest) : actors.rest === 0 ? 0 : OUTSIDE.gap + actors.restW;
  const width = 2 * OUTSIDE.margin + (below ? Math.max(clusterW, widest) : left + clusterW + right);
  const height = 2 * OUTSIDE.margin + clusterH + (below && actors.n > 0 ? OUTSIDE.gap + actors.h : 0);
  return { width, height, font };
}

// The worker grid `placeCluster` lays out for nodes of one frame under a control-plane row `top`, beside the outside world's widest.
function workerGrid(workers: { n: number; w: number; h: number }, top: { w: number; h: number }, sideW: number, aspect: number): { w: number; h: number } {
  if (workers.n === 0) return { w: 0, h: 0 };
  const cols = workerColumns({ count: workers.n, node: workers, top, sideW, aspect });
  const rows = Math.ceil(workers.n / cols);
  return { w: cols * workers.w + (cols - 1) * CLUSTER.gap, h: rows * workers.h + (rows - 1) * CLUSTER.gap };
}

/** What one fit has bounded: the parts of each wrap, by level of detail and folding, and the wraps each level was sized at. */
interface Bounded {
  parts: Map<number | undefined, (BoundParts | undefined)[]>;
  wraps: (number | undefined)[][];
}

// Found by numbers, not by a key string joined for every shape a fit bounds.
function boundedOf(built: Map<string, unknown> | undefined): Bounded {
  let bounded = built?.get('structure-bounded') as Bounded | undefined;
  if (bounded === undefined) {
    bounded = { parts: new Map(), wraps: [] };
    built?.set('structure-bounded', bounded);
  }
  return bounded;
}

// The node frames, the cluster's title and the outside world at a shape's detail, wrap and folding,
// found once per fit (in `built`) for every shape that shares them.
function partsOf(sel: ViewSelection, opts: BodyOptions, shape: LayoutShape): BoundParts {
  const fold = shape.foldRows === true;
  const detail = shape.detail ?? 0;
  const cpOnly = shape.controlPlaneOnly === true;
  const anyGrid = shape.anyPodGrid === true;
  // Pods in one column change only the frames of nodes holding them in their grid, not any grid's.
  const stacked = shape.podsStacked === true && !anyGrid;
  // Control-plane nodes that hold no pods are drawn alike with and without containers (details 0
  // and 1) and alike once their parts fold (2 and 3): their bound alone is found for one of each pair.
  const early = cpOnly ? skeletonAt(sel, opts, detail) : undefined;
  const level = early !== undefined && !early.cpPods ? detail & ~1 : detail;
  const slot = 16 * level + (stacked ? 8 : 0) + (anyGrid ? 4 : 0) + (fold ? 2 : 0) + (cpOnly ? 1 : 0);
  const bounded = boundedOf(opts.built);
  let byLevel = bounded.parts.get(shape.wrap);
  const known = byLevel?.[slot];
  if (known !== undefined) return known;
  const skeleton = early ?? skeletonAt(sel, opts, detail);
  // A tree measured at another wrap has its control plane alone measured at this one; one not built
  // yet is measured and sized whole, which its control plane alone would cost as much as.
  const tree = skeleton === undefined && cpOnly && !anyGrid ? builtTree(opts, detail) : undefined;
  if (skeleton === undefined && cpOnly && tree === undefined) return partsOf(sel, opts, { ...shape, controlPlaneOnly: false });
  if (byLevel === undefined) bounded.parts.set(shape.wrap, (byLevel = []));
  if (tree !== undefined) return (byLevel[slot] = controlPlaneParts(tree, opts, detail, shape.wrap, fold, stacked));
  let parts: BoundParts;
  if (skeleton === undefined) byLevel[slot] = parts = treeParts(sel, opts, fold, anyGrid, stacked);
  else {
    // A skeleton's frames, with the pods in their grid and as any grid, are found in one pass: a fit asks for both at a wrap.
    const both = skeletonBoth(skeleton, detail, shape.wrap, fold, opts.icons, opts.measures ?? new Map(), cpOnly, stacked);
    byLevel[slot & ~4] = both.exact;
    byLevel[slot | 4] = both.anyGrid;
    parts = anyGrid ? both.anyGrid : both.exact;
  }
  // Only a level sized whole at a wrap offers that wrap to `structureLoosest`.
  const wraps = (bounded.wraps[detail] ??= []);
  if (!cpOnly && !wraps.includes(shape.wrap)) wraps.push(shape.wrap);
  return parts;
}

// Below the last level of detail, a cluster of nodes is sized from its labels, with no tree built;
// but where the fit most likely keeps full detail, its bounds read the full-detail tree, which the
// shape kept is then placed on: reading and sizing the labels twice, once for the bounds and once
// for the tree, was a fifth of what a fit added to a small picture (the course overview fitted to
// its column: 2 to 3 µs of 12).
function skeletonAt(sel: ViewSelection, opts: BodyOptions, detail: number) {
  return detail < 4 && (detail > 0 || opts.fullDetailLikely !== true) ? skeletonOf(sel, opts, sharedFacts) : undefined;
}

const sharedFacts = (opts: BodyOptions) => treeOptions(opts).facts ?? { statuses: new Map() };

/** What a bound reads of the tree of a shape, built (or shared with the fit's other shapes), at its detail, wrap and folding; `stacked`, pods in one column. */
export function treeParts(sel: ViewSelection, opts: BodyOptions, fold: boolean, anyGrid = false, stacked = false): BoundParts {
  const level = levelOf(treeFor(sel, opts), opts.built, opts.shape?.detail ?? 0);
  const frame = (nodes: Work[], parts: NodeParts[]) => (nodes.length === 0 ? { w: 0, h: 0 } : anyGrid ? anyGridFrame(nodes, opts.icons, fold, parts) : nodeFrame(nodes, opts.icons, fold, parts, stacked));
  const cp = frame(level.cp, level.cpParts);
  const w = frame(level.workers, level.workerParts);
  for (const a of level.actors) size(a, opts.icons);
  const actors = tallyActors(level.actors);
  const root = level.root;
  return {
    cp: { n: level.cp.length, w: cp.w, h: cp.h },
    workers: { n: level.workers.length, w: w.w, h: w.h },
    titleH: titleHeight(root, opts.icons),
    titleW: root.text.width + iconSpace(opts.icons),
    actors,
    font: level.font,
    exact: !anyGrid && root.children.length === level.cp.length + level.workers.length,
  };
}

// The frame of nodes sized as `nodeFrame` sizes them, each node's pods bounded by one pod as wide
// and as tall as the widest and tallest of them: no grid of them is narrower or lower.
function anyGridFrame(nodes: readonly Work[], icons: boolean, fold: boolean, parts: readonly NodeParts[]): NodeFrame {
  const titles: Sized[] = [];
  for (const n of nodes) {
    for (const c of n.children) size(c, icons);
    titles.push({ w: n.text.width + iconSpace(icons), h: titleHeight(n, icons) });
  }
  return frameOfSizes(titles, parts.map(onePod), fold);
}

/**
 * Of several structure shapes at one detail, one no wider and one no taller than any of them: rows
 * folded, labels wrapped narrowest and the outside world under the cluster, drawn tight; and rows
 * whole, labels wrapped widest and the outside world beside the cluster, drawn tight. A label wraps
 * to a line no wider and no fewer lines at a narrower width, and each knob only trades width for
 * height, so their bounds hold for every shape of the level at once.
 */
export function structureLoosest(shapes: readonly LayoutShape[], opts?: Pick<BodyOptions, 'built'>): { narrowest: LayoutShape; lowest: LayoutShape } {
  const run = runOf(shapes);
  // A wrap the fit has sized this level at, no wider than the run's narrowest, stands in for it.
  const wrap = knownNarrower(opts?.built, run.detail ?? 0, run.within) ?? run.narrow;
  let pair = run.pairs.get(wrap);
  if (pair === undefined) run.pairs.set(wrap, (pair = { narrowest: loosestShape(run.detail, wrap, run.anyFold, run.anyBelow, run.tight), lowest: run.lowest }));
  return pair;
}

/** What the loosest shapes of a run depend on, read once per list of shapes, and its shapes at each narrowest wrap met. */
interface LooseRun {
  detail: number | undefined;
  /** The narrowest wrap of the run's labels, and the widest a known wrap may be to stand in for it. */
  narrow: number | undefined;
  within: number;
  anyFold: boolean;
  anyBelow: boolean;
  tight: boolean;
  lowest: LayoutShape;
  /** Its loosest shapes, by the wrap of the narrowest. */
  pairs: Map<number | undefined, { narrowest: LayoutShape; lowest: LayoutShape }>;
}

// A search passes over the same runs, fit after fit: each list's reading is kept while the list lives.
const RUNS = new WeakMap<readonly LayoutShape[], LooseRun>();

function runOf(shapes: readonly LayoutShape[]): LooseRun {
  const known = RUNS.get(shapes);
  if (known !== undefined) return known;
  let natural = false;
  let narrowWrap = Infinity;
  let wideWrap = -Infinity;
  let anyFold = false;
  let allFold = true;
  let anyBelow = false;
  let allBelow = true;
  let tight = false;
  for (const s of shapes) {
    if (s.wrap === undefined) natural = true;
    else {
      narrowWrap = Math.min(narrowWrap, s.wrap);
      wideWrap = Math.max(wideWrap, s.wrap);
    }
    if (s.foldRows === true) anyFold = true;
    else allFold = false;
    if (s.outsideBelow === true) anyBelow = true;
    else allBelow = false;
    if (s.tight === true) tight = true;
  }
  // A label's own wrap is its style's: a leaf's is the narrowest of them, a title's the widest. A
  // wrap beyond both is wider than every label's own, one within both narrower; a wrap between
  // them is neither, and a style's own wrap stands in for the labels' own.
  const narrow = !natural ? narrowWrap : narrowWrap >= TEXT.title.wrap ? undefined : Math.min(narrowWrap, TEXT.leaf.wrap);
  const wide = !natural ? wideWrap : wideWrap <= TEXT.leaf.wrap ? undefined : Math.max(wideWrap, TEXT.title.wrap);
  const detail = shapes[0]?.detail;
  const some = shapes.length > 0;
  const run: LooseRun = {
    detail,
    narrow,
    within: natural ? Math.min(narrowWrap, TEXT.leaf.wrap) : narrowWrap,
    anyFold,
    anyBelow,
    tight,
    lowest: loosestShape(detail, wide, allFold && some, allBelow && some, tight),
    pairs: new Map(),
  };
  RUNS.set(shapes, run);
  return run;
}

// A shape standing for a run's: it is never written to, and bounds read it as they read any.
function loosestShape(detail: number | undefined, wrap: number | undefined, foldRows: boolean, outsideBelow: boolean, tight: boolean): LayoutShape {
  // Each stands for shapes whose pods are wrapped otherwise: their grid is bounded as any grid of them.
  // Every knob written, as the candidates' are (`everyKnob`).
  return everyKnob({ detail, wrap, foldRows: foldRows || undefined, outsideBelow: outsideBelow || undefined, tight: tight || undefined, anyPodGrid: true });
}

// Labels wrapped narrower are no wider: a wrap the fit has sized this level at, no wider than
// `within`, bounds the width of every shape of the run without measuring its labels at another.
function knownNarrower(built: Map<string, unknown> | undefined, detail: number, within: number): number | undefined {
  const wraps = built === undefined ? undefined : boundedOf(built).wraps[detail];
  let best: number | undefined;
  if (wraps !== undefined) for (const wrap of wraps) if (wrap !== undefined && wrap <= within && (best === undefined || wrap > best)) best = wrap;
  return best;
}
