import type { LayoutBox } from '../../layout/types.js';
import type { Channels } from './_route-hints.js';
import { PODS } from './_spacing.js';

/**
 * Whether a straight line between boxes `a` and `b` (in nodes `an` and `bn`) always runs through a
 * box between them, so the hints are tried first: the router would find the line blocked, whether
 * it keeps off other edges or not, and go on to the hints anyway, so the order changes nothing but
 * that failed try. Pods of a node's grid below its first row stand under a pod of the same width,
 * in line, between them and the node's parts over the grid; nodes of the worker grid below its
 * first row stand under a worker node of the same width, between them and the control plane, which
 * is always over the grid.
 */
export function straightBlocked(a: LayoutBox, b: LayoutBox, an: LayoutBox | undefined, bn: LayoutBox | undefined, ch: Channels): boolean {
  if (an === undefined || bn === undefined) return false;
  if (an === bn) {
    const band = b.kind === 'pod' ? ch.plan.nodeChannels.get(an.id)?.laneBandTop : undefined;
    return band !== undefined && a.y + a.h <= band + 0.5 && b.y > band + PODS.laneBand + 0.5;
  }
  return bn.kind === 'control-plane-node' && (ch.plan.workerPos.get(an.id)?.r ?? 0) > 0;
}
