import { ICON } from '../../layout/_text.js';
import type { LayoutBox, Point } from '../../layout/types.js';
import type { HintInput } from './_route-hints.js';
import { BOX, PORT } from './_spacing.js';

// The routes a service's edges into the kube-proxies are proposed, one bus per service while the
// lanes last, one bus per node past that.

const cy = (x: LayoutBox) => x.y + x.h / 2;

// Lanes a service's bus may take: as many as the corridor and the channel beside a node hold apart.
export const SERVICE_LANES = 4;

/**
 * A service to kube-proxy on a node: out of the service's right side, down beside the stack of
 * services, along its own lane in the corridor, down its own line in the channel left of the node,
 * into the kube-proxy at its own height. Each service is one bus; no two share a line.
 */
export function serviceToProxy({ a, b, bn, ch }: HintInput, lane: number | undefined, stackRight: number): Point[] | undefined {
  if (a.kind !== 'service' || b.kind !== 'kube-proxy' || !bn || lane === undefined || lane >= SERVICE_LANES) return undefined;
  const x = ch.channelLeft(bn.id);
  if (x === undefined) return undefined;
  const xs = stackRight + 10 + 6 * lane;
  const ly = ch.plan.corridorTop + 9 + 8 * lane;
  const gy = ch.plan.workerPos.get(bn.id)?.r === 0 ? ly : ch.gapAbove(bn.id, ly) - 3 * lane;
  const xd = x - 3 - 4 * lane;
  const y = b.y + 7 + 7 * lane;
  const way = [{ x: a.x + a.w, y: cy(a) }, { x: xs, y: cy(a) }, { x: xs, y: ly }];
  if (gy !== ly) way.push({ x: xs, y: gy });
  way.push({ x: xd, y: gy }, { x: xd, y }, { x: b.x, y });
  return way;
}

/**
 * A service to kube-proxy on a node, when there are more services than lanes for a bus each: out of
 * the service's right side, down its own line right of the stack of services (its edges share it),
 * along the lane of the target node in the corridor, down that node's line in the channel left of
 * it, into the kube-proxy. Every edge into one kube-proxy shares its lane and its line, a bus into
 * the node; no two nodes share one. A node the kube-proxy folded into is entered the same way.
 */
export function manyServicesToProxy({ a, b, bn, ch }: HintInput, lane: number | undefined, stackRight: number): Point[] | undefined {
  if (a.kind !== 'service' || !bn || !(b.kind === 'kube-proxy' || b === bn) || lane === undefined) return undefined;
  const { workerPos, corridorTop, corridor, rows } = ch.plan;
  const pos = workerPos.get(bn.id);
  const x = ch.channelLeft(bn.id);
  if (!pos || x === undefined || rows > 4) return undefined;
  // The nodes' lanes spread over the corridor, at most 8 px apart and no closer than 3.
  const k = pos.r * ch.plan.cols + pos.c;
  const step = Math.min(8, (corridor - 18) / Math.max(1, workerPos.size - 1));
  if (step < 3) return undefined;
  const xs = stackRight + 10 + 6 * lane;
  const ly = corridorTop + 9 + step * k;
  const xd = x - 3 - 4 * pos.r;
  // A node the kube-proxy folded into is entered beside its title, a little under the load balancer's
  // edge into its left neighbour, which leaves the same gap at the title's height.
  const y = b.kind === 'kube-proxy' ? b.y + 7 : b.y + BOX.pad + ICON.size / 2 + PORT;
  return [{ x: a.x + a.w, y: cy(a) }, { x: xs, y: cy(a) }, { x: xs, y: ly }, { x: xd, y: ly }, { x: xd, y }, { x: b.x, y }];
}
