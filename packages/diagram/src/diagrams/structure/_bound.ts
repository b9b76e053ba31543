import type { ViewSelection } from '@kubegram/model';
import type { BodyOptions, SizeBound } from '../types.js';
import { treeFor } from './_layout.js';
import { nodeFrame } from './_node-frame.js';
import { CLUSTER, OUTSIDE, TIGHT } from './_spacing.js';
import { iconSpace, size, titleHeight, type Work } from './_work.js';

/**
 * The least size of a structure picture in a shape: the cluster holds at least one control-plane
 * node over the corridor over one row of workers, as wide as the wider of the two, with its
 * padding and the picture's margin; the outside world and more rows only add to it.
 */
export function structureBound(sel: ViewSelection, opts: BodyOptions): SizeBound {
  const shape = opts.shape ?? {};
  const { root, all, hidden } = treeFor(sel, opts);
  const cpNodes = root.children.filter((c) => c.kind === 'control-plane-node');
  const workers = root.children.filter((c) => c.kind === 'worker-node');
  const cp = cpNodes.length > 0 ? nodeFrame(cpNodes, opts.icons, shape.foldRows === true) : { w: 0, h: 0 };
  const w = workers.length > 0 ? nodeFrame(workers, opts.icons, shape.foldRows === true) : { w: 0, h: 0 };
  const { lane, corridor } = shape.tight === true ? TIGHT : CLUSTER;
  const between = cpNodes.length > 0 && workers.length > 0 ? corridor : 0;
  const clusterH = titleHeight(root, opts.icons) + lane + cp.h + between + w.h + CLUSTER.pad;
  const cpRowW = cpNodes.length * cp.w + Math.max(0, cpNodes.length - 1) * CLUSTER.gap;
  const clusterW = 2 * CLUSTER.pad + Math.max(cpRowW, w.w, root.text.width + iconSpace(opts.icons));
  // The outside world: beside the cluster (kubectl left unless drawn tight, the rest right), or in a row under it.
  const actors = all.filter((a) => a.parent === undefined && a !== root && !hidden.has(a.id));
  for (const a of actors) size(a, opts.icons);
  const widest = (list: readonly Work[]) => Math.max(0, ...list.map((a) => a.w));
  const kubectl = actors.filter((a) => a.kind === 'kubectl');
  const left = shape.tight === true || kubectl.length === 0 ? 0 : widest(kubectl) + OUTSIDE.gap;
  const rest = shape.tight === true ? actors : actors.filter((a) => a.kind !== 'kubectl');
  const right = rest.length === 0 ? 0 : OUTSIDE.gap + widest(rest);
  const below = shape.outsideBelow === true;
  const width = 2 * OUTSIDE.margin + (below ? Math.max(clusterW, widest(actors)) : left + clusterW + right);
  const height = 2 * OUTSIDE.margin + clusterH + (below && actors.length > 0 ? OUTSIDE.gap + Math.max(...actors.map((a) => a.h)) : 0);
  let font = Infinity;
  for (const b of all) if (!hidden.has(b.id)) font = Math.min(font, b.text.size);
  return { width, height, font };
}
