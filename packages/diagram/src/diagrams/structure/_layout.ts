import type { ViewSelection } from '@kubegram/model';
import { indexBoxes, routeEdges } from '../../layout/_route.js';
import type { BodyOptions, LayoutBody } from '../types.js';
import { placeCluster } from './_place-cluster.js';
import { placeOutside } from './_outside.js';
import { channelsOf, routeRequests } from './_route-hints.js';
import { OUTSIDE } from './_spacing.js';
import { buildTree } from './_tree.js';
import { size, toBox } from './_work.js';

/** Lays out a structure view: the cluster with its nodes in fixed slots, the outside world at its edges. */
export function layoutStructure(sel: ViewSelection, opts: BodyOptions): LayoutBody {
  const { icons } = opts;
  const { root: cluster, all, hidden } = buildTree(sel, opts.collapsePods);
  const actors = all.filter((w) => w.parent === undefined && w !== cluster);
  for (const a of actors) size(a, icons);
  const kubectl = actors.filter((a) => a.kind === 'kubectl');
  const right = actors.filter((a) => a.kind !== 'kubectl');
  const leftW = kubectl.length > 0 ? Math.max(...kubectl.map((a) => a.w)) + OUTSIDE.gap : 0;
  const sideW = Math.max(0, ...actors.map((a) => a.w));
  const plan = placeCluster(cluster, OUTSIDE.margin + leftW, sideW, icons, opts.aspect, sel.view.scope === 'worker-node');
  placeOutside(cluster, kubectl, right, plan, (kind) => all.find((w) => w.kind === kind && !hidden.has(w.id)));

  const maxRight = Math.max(plan.clusterRight, ...right.map((a) => a.x + a.w));
  const maxBottom = Math.max(cluster.y + cluster.h, ...actors.map((a) => a.y + a.h));
  const width = Math.ceil(maxRight + OUTSIDE.margin);
  const height = Math.ceil(maxBottom + OUTSIDE.margin);
  const boxes = all.filter((w) => !hidden.has(w.id)).map((w) => toBox(w, icons));
  const index = indexBoxes(boxes, { x: 0, y: 0, w: width, h: height });
  const edges = routeEdges(index, routeRequests(sel.relations, hidden, index, channelsOf(plan, cluster.x, index)));
  return { diagram: 'structure', width, height, boxes, edges, steps: [], lifelines: [], cycles: [], notes: [] };
}
