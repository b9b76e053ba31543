import type { ViewSelection } from '@kubegram/model';
import { TEXT } from '../../layout/_text.js';
import type { BodyOptions, LayoutShape, SizeBound } from '../types.js';
import { treeFor } from './_layout.js';
import { nodeFrame } from './_node-frame.js';
import { CLUSTER, OUTSIDE, TIGHT } from './_spacing.js';
import { iconSpace, size, titleHeight } from './_work.js';

/** What a bound reads of the tree at one detail, wrap and folding: shapes that differ only in the rest share it. */
interface BoundParts {
  cp: { n: number; w: number; h: number };
  workers: { n: number; w: number; h: number };
  titleH: number;
  titleW: number;
  actors: { kubectl: boolean; w: number; h: number }[];
  font: number;
}

/**
 * The least size of a structure picture in a shape: the cluster holds at least one control-plane
 * node over the corridor over one row of workers, as wide as the wider of the two, with its
 * padding and the picture's margin; the outside world and more rows only add to it.
 */
export function structureBound(sel: ViewSelection, opts: BodyOptions): SizeBound {
  const shape = opts.shape ?? {};
  const { cp, workers, titleH, titleW, actors, font } = partsOf(sel, opts, shape);
  const tight = shape.tight === true;
  const { lane, corridor } = tight ? TIGHT : CLUSTER;
  const between = cp.n > 0 && workers.n > 0 ? corridor : 0;
  const clusterH = titleH + lane + cp.h + between + workers.h + CLUSTER.pad;
  const cpRowW = cp.n * cp.w + Math.max(0, cp.n - 1) * CLUSTER.gap;
  const clusterW = 2 * CLUSTER.pad + Math.max(cpRowW, workers.w, titleW);
  // The outside world: beside the cluster (kubectl left unless drawn tight, the rest right), or in a row under it.
  const widest = (list: readonly { w: number }[]) => Math.max(0, ...list.map((a) => a.w));
  const kubectl = actors.filter((a) => a.kubectl);
  const left = tight || kubectl.length === 0 ? 0 : widest(kubectl) + OUTSIDE.gap;
  const rest = tight ? actors : actors.filter((a) => !a.kubectl);
  const right = rest.length === 0 ? 0 : OUTSIDE.gap + widest(rest);
  const below = shape.outsideBelow === true;
  const width = 2 * OUTSIDE.margin + (below ? Math.max(clusterW, widest(actors)) : left + clusterW + right);
  const height = 2 * OUTSIDE.margin + clusterH + (below && actors.length > 0 ? OUTSIDE.gap + Math.max(...actors.map((a) => a.h)) : 0);
  return { width, height, font };
}

// The node frames, the cluster's title and the outside world at a shape's detail, wrap and folding,
// found once per fit (in `built`) for every shape that shares them.
function partsOf(sel: ViewSelection, opts: BodyOptions, shape: LayoutShape): BoundParts {
  const fold = shape.foldRows === true;
  const key = `structure-bound\u0000${shape.detail ?? 0}\u0000${shape.wrap ?? ''}\u0000${fold}`;
  const known = opts.built?.get(key) as BoundParts | undefined;
  if (known !== undefined) return known;
  const { root, all, hidden } = treeFor(sel, opts);
  const cpNodes = root.children.filter((c) => c.kind === 'control-plane-node');
  const workers = root.children.filter((c) => c.kind === 'worker-node');
  const cp = cpNodes.length > 0 ? nodeFrame(cpNodes, opts.icons, fold) : { w: 0, h: 0 };
  const w = workers.length > 0 ? nodeFrame(workers, opts.icons, fold) : { w: 0, h: 0 };
  const actors = all.filter((a) => a.parent === undefined && a !== root && !hidden.has(a.id));
  for (const a of actors) size(a, opts.icons);
  let font = Infinity;
  for (const b of all) if (!hidden.has(b.id)) font = Math.min(font, b.text.size);
  const parts: BoundParts = {
    cp: { n: cpNodes.length, w: cp.w, h: cp.h },
    workers: { n: workers.length, w: w.w, h: w.h },
    titleH: titleHeight(root, opts.icons),
    titleW: root.text.width + iconSpace(opts.icons),
    actors: actors.map((a) => ({ kubectl: a.kind === 'kubectl', w: a.w, h: a.h })),
    font,
  };
  opts.built?.set(key, parts);
  return parts;
}

/**
 * Of several structure shapes at one detail, one no wider and one no taller than any of them: rows
 * folded, labels wrapped narrowest and the outside world under the cluster, drawn tight; and rows
 * whole, labels wrapped widest and the outside world beside the cluster, drawn tight. A label wraps
 * to a line no wider and no fewer lines at a narrower width, and each knob only trades width for
 * height, so their bounds hold for every shape of the level at once.
 */
export function structureLoosest(shapes: readonly LayoutShape[]): { narrowest: LayoutShape; lowest: LayoutShape } {
  const wraps = shapes.map((s) => s.wrap);
  const defined = wraps.filter((w) => w !== undefined);
  // A label's own wrap is its style's: a leaf's is the narrowest of them, a title's the widest. A
  // wrap beyond both is wider than every label's own, one within both narrower; a wrap between
  // them is neither, and a style's own wrap stands in for the labels' own.
  const natural = wraps.includes(undefined);
  const narrow = !natural ? Math.min(...defined) : defined.every((w) => w >= TEXT.title.wrap) ? undefined : Math.min(...defined, TEXT.leaf.wrap);
  const wide = !natural ? Math.max(...defined) : defined.every((w) => w <= TEXT.leaf.wrap) ? undefined : Math.max(...defined, TEXT.title.wrap);
  const detail = shapes[0]?.detail;
  const base = detail === undefined ? {} : { detail };
  const tight = shapes.some((s) => s.tight === true) ? { tight: true } : {};
  return {
    narrowest: { ...base, ...(narrow === undefined ? {} : { wrap: narrow }), ...(shapes.some((s) => s.foldRows === true) ? { foldRows: true } : {}), ...(shapes.some((s) => s.outsideBelow === true) ? { outsideBelow: true } : {}), ...tight },
    lowest: { ...base, ...(wide === undefined ? {} : { wrap: wide }), ...(shapes.every((s) => s.foldRows === true) ? { foldRows: true } : {}), ...(shapes.every((s) => s.outsideBelow === true) ? { outsideBelow: true } : {}), ...tight },
  };
}
