import type { LayoutBox } from '../../layout/types.js';
import type { Channels } from './_route-hints.js';
import { CLUSTER, LEAF, PODS } from './_spacing.js';

/**
 * Whether a straight line between boxes `a` and `b` (in nodes `an` and `bn`) always runs through a
 * box between them, so the hints are tried first: the router would find the line blocked, whether
 * it keeps off other edges or not, and go on to the hints anyway, so the order changes nothing but
 * that failed try. Pods of a node's grid below its first row stand under a pod of the same width,
 * in line, between them and the node's parts over the grid; nodes of the worker grid below its
 * first row stand under a worker node of the same width, between them and the control plane, which
 * is always over the grid. Under the cluster, a line up into the control plane crosses the worker
 * grid's first row wherever it meets one of its columns, and a line down from a part over a node's
 * API server crosses the API server, which spans its node. In a folded control plane, a line
 * between two parts of a node with a row of parts between them is checked against that row.
 */
export function straightBlocked(a: LayoutBox, b: LayoutBox, an: LayoutBox | undefined, bn: LayoutBox | undefined, ch: Channels): boolean {
  if (an === undefined) return bn?.kind === 'control-plane-node' && a.y >= ch.clusterBottom && throughWorkers(a, b, ch);
  if (bn === undefined) return an.kind === 'control-plane-node' && b.y >= ch.clusterBottom && throughApi(a, b, an, ch);
  if (an === bn) {
    if (an.kind === 'control-plane-node') return throughPart(a, b, an, ch);
    const band = b.kind === 'pod' ? ch.plan.nodeChannels.get(an.id)?.laneBandTop : undefined;
    return band !== undefined && a.y + a.h <= band + 0.5 && b.y > band + PODS.laneBand + 0.5;
  }
  return bn.kind === 'control-plane-node' && (ch.plan.workerPos.get(an.id)?.r ?? 0) > 0;
}

// Where the router draws a straight up-and-down line between two boxes: the middle of where they
// face each other, if they face each other over at least 4 px.
function straightX(a: LayoutBox, b: LayoutBox): number | undefined {
  const lo = Math.max(a.x, b.x);
  const hi = Math.min(a.x + a.w, b.x + b.w);
  return hi - lo >= 4 ? (lo + hi) / 2 : undefined;
}

// Whether the line from a box under the cluster up into the control plane runs inside a worker node of the grid's first row.
function throughWorkers(a: LayoutBox, b: LayoutBox, ch: Channels): boolean {
  const { workers, gridLeft, wFrame, cols } = ch.plan;
  const x = straightX(a, b);
  if (x === undefined || workers.length === 0) return false;
  const step = wFrame.w + CLUSTER.gap;
  const c = Math.floor((x - gridLeft) / step);
  return c >= 0 && c < Math.min(cols, workers.length) && x > gridLeft + c * step + 1 && x < gridLeft + c * step + wFrame.w - 1;
}

// Whether the line from a part of a control-plane node down to a box under the cluster runs inside the node's API server, under the part.
function throughApi(a: LayoutBox, b: LayoutBox, an: LayoutBox, ch: Channels): boolean {
  const x = straightX(a, b);
  const node = x === undefined ? undefined : ch.plan.cpNodes.find((n) => n.id === an.id);
  const api = node?.children.find((c) => c.kind === 'apiserver');
  return x !== undefined && api !== undefined && api.y >= a.y + a.h && x > api.x + 1 && x < api.x + api.w - 1;
}

// Whether the straight line between two parts of one control-plane node, one over the other, runs
// inside a part between them. Parts in rows next to each other leave no room for one: most lines
// (every one of a control plane in a single row) are answered without looking at the node's parts.
function throughPart(a: LayoutBox, b: LayoutBox, node: LayoutBox, ch: Channels): boolean {
  const upper = a.y < b.y ? a : b;
  const lower = upper === a ? b : a;
  const top = upper.y + upper.h;
  if (lower.y - top < LEAF.minH) return false;
  const x = straightX(a, b);
  const parts = x === undefined ? undefined : ch.plan.cpNodes.find((n) => n.id === node.id)?.children;
  return parts !== undefined && parts.some((c) => c.y >= top && c.y + c.h <= lower.y && x! > c.x + 1 && x! < c.x + c.w - 1);
}
