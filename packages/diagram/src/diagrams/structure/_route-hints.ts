import { boxOf, type BoxIndex } from '../../layout/_route.js';
import { ICON } from '../../layout/_text.js';
import type { LayoutBox, Point } from '../../layout/types.js';
import type { ClusterPlan } from './_place-cluster.js';
import { BOX, CLUSTER, OUTSIDE, PODS, PORT } from './_spacing.js';
import { NODE_KINDS } from './_kinds.js';

/** The lanes and channels the layout left for edges, and how to find a box's node. */
export interface Channels {
  plan: ClusterPlan;
  /** The cluster's left border. */
  clusterX: number;
  /** The cluster's bottom border. */
  clusterBottom: number;
  /** Lanes across the corridor: the kubelets', the load balancer's, kubectl's; and the lane over the control plane. */
  kubeletLane: number;
  lbLane: number;
  kubectlLane: number;
  topLane: number;
  nodeOf(id: string): LayoutBox | undefined;
  /** The channel left or right of a node, in the gap beside it. */
  channelLeft(nodeId: string): number | undefined;
  channelRight(nodeId: string): number | undefined;
  /** The lane over a node: the corridor lane over the first row, the gap over the others. */
  gapAbove(nodeId: string, lane: number): number;
}

/** The channels of a placed cluster. */
export function channelsOf(plan: ClusterPlan, cluster: { x: number; y: number; h: number }, index: BoxIndex): Channels {
  const { corridorTop, gridLeft, gridTop, wFrame, workerPos, cpChannels } = plan;
  const lbLane = corridorTop + plan.corridor * 0.65;
  const topLane = plan.top - plan.lane / 2;
  return {
    plan,
    clusterX: cluster.x,
    clusterBottom: cluster.y + cluster.h,
    kubeletLane: corridorTop + plan.corridor * 0.35,
    lbLane,
    kubectlLane: corridorTop + plan.corridor * 0.5,
    topLane,
    nodeOf: (id) => {
      const k = nodeAt(index, index.at.get(id) ?? -1);
      return k < 0 ? undefined : index.boxes[k];
    },
    channelLeft: (nodeId) => {
      const pos = workerPos.get(nodeId);
      return pos ? gridLeft + pos.c * (wFrame.w + CLUSTER.gap) - CLUSTER.gap / 2 : cpChannels.get(nodeId)?.left;
    },
    channelRight: (nodeId) => {
      const pos = workerPos.get(nodeId);
      return pos ? gridLeft + (pos.c + 1) * (wFrame.w + CLUSTER.gap) - CLUSTER.gap / 2 : cpChannels.get(nodeId)?.right;
    },
    gapAbove: (nodeId, lane) => {
      const pos = workerPos.get(nodeId);
      // Over a control-plane node: beside the cloud-controller-manager's lane to the cloud, not on it.
      if (!pos) return lane === lbLane ? topLane + 5 : topLane;
      return pos.r === 0 ? lane : gridTop + pos.r * (wFrame.h + CLUSTER.gap) - CLUSTER.gap / 2 + (lane === lbLane ? 5 : -5);
    },
  };
}

const NODE_KIND: ReadonlySet<string> = new Set(NODE_KINDS);

/** The number of the node box holding box k (k itself for a node), or -1. */
export function nodeAt(index: BoxIndex, k: number): number {
  let j = k;
  while (j >= 0 && !NODE_KIND.has(index.boxes[j]!.kind)) j = index.parent[j]!;
  return j;
}

/** One relation's ends, their nodes, and the cluster's channels. */
export interface HintInput {
  a: LayoutBox;
  b: LayoutBox;
  an: LayoutBox | undefined;
  bn: LayoutBox | undefined;
  ch: Channels;
  /** The box holding b, when the router has its number at hand (else it is looked up by id). */
  bHolder?: LayoutBox | undefined;
}

const cx = (x: LayoutBox) => x.x + x.w / 2;
const cy = (x: LayoutBox) => x.y + x.h / 2;

// Into an API server from the left, through the channel left of its node and the corridor.
// Kubelets climb the channel 4 px left of its middle, kubectl 10 px, the load balancer comes down
// 4 px right of it: three lines that never share a stretch.
// The points are added to `from`, which the caller makes for it: spreading it into a new array
// cost as much as the rest of the hint.
function intoApi({ b, bn, ch }: HintInput, from: Point[], lane: number, offset: number): Point[] | undefined {
  const x = bn && ch.channelLeft(bn.id);
  if (x === undefined) return undefined;
  from.push({ x: x - offset, y: lane }, { x: x - offset, y: cy(b) }, { x: b.x, y: cy(b) });
  return from;
}

/** A node's agent to the API server on another node: out left, up its channel, across the corridor. */
export function agentToApi(h: HintInput): Point[] | undefined {
  const { a, b, an, bn, ch } = h;
  if (b.kind !== 'apiserver' || !an || !bn || an.id === bn.id || a.kind === 'kubectl') return undefined;
  const chA = ch.channelLeft(an.id);
  if (chA === undefined) return undefined;
  // Below the middle, so it never lines up with a load-balancer edge entering the neighbour's kube-proxy.
  const y = cy(a) + PORT;
  // A channel in line with the API server's node but for a few pixels (a worker stacked under the
  // control plane) is left for the API server's line at once: a step between two lines this close
  // along the lane is a kink of two tiny corners, not a turn.
  const x = ch.channelLeft(bn.id);
  if (x !== undefined && Math.abs(x - chA) < KINK) return [{ x: a.x, y }, { x: x - 4, y }, { x: x - 4, y: cy(b) }, { x: b.x, y: cy(b) }];
  return intoApi(h, [{ x: a.x, y }, { x: chA - 4, y }, { x: chA - 4, y: ch.kubeletLane }], ch.kubeletLane, 4);
}

// Two corners of the radius edges are drawn with (6 px): a step along a lane shorter than this has no room to turn.
const KINK = 12;

// Under the cluster, the outside world's edges climb the picture's margin left of the cluster:
// kubectl's on the inner line, the cloud API's on the outer one, which runs further up and down.
const innerMargin = (ch: Channels) => ch.clusterX - OUTSIDE.margin / 3;
const outerMargin = (ch: Channels) => ch.clusterX - (2 * OUTSIDE.margin) / 3;

/**
 * kubectl to the API server: along the cluster's left side, then the corridor. From under the
 * cluster it leaves its left side and climbs the margin (it is first in its row, nothing is in the way).
 */
export function kubectlToApi(h: HintInput): Point[] | undefined {
  const { a, b, ch } = h;
  if (a.kind !== 'kubectl' || b.kind !== 'apiserver') return undefined;
  const below = a.y >= ch.clusterBottom;
  const xk = below ? innerMargin(ch) : ch.clusterX - OUTSIDE.gap / 2;
  const start = below ? { x: a.x, y: cy(a) } : { x: a.x + a.w, y: cy(a) };
  return intoApi(h, [start, { x: xk, y: cy(a) }, { x: xk, y: ch.kubectlLane }], ch.kubectlLane, 10);
}

/**
 * The load balancer to a kube-proxy, or to the node it is folded into: one bus for every node. Its
 * trunk runs down the line right of the cluster (or, for a load balancer drawn under the cluster, up
 * into the gap over it), along the lane over the node's row (or the gap under the cluster), down the
 * channel right of the node, into the agent's right side; nodes of one column share that channel.
 */
export function loadBalancerToProxy({ a, b, bn, ch }: HintInput): Point[] | undefined {
  if (a.kind !== 'load-balancer' || !bn || !(b.kind === 'kube-proxy' || b === bn)) return undefined;
  const x = ch.channelRight(bn.id);
  if (x === undefined) return undefined;
  // A folded node is entered level with its title, which sits on the left: the right side is clear there.
  const y = b.kind === 'kube-proxy' ? cy(b) - PORT : b.y + BOX.pad + ICON.size / 2;
  const in0 = { x: x + 4, y };
  const in1 = { x: b.x + b.w, y };
  if (a.y >= ch.clusterBottom) {
    // Only from the row right under the cluster: from a lower row the trunk would cross the first.
    if (a.y > ch.clusterBottom + OUTSIDE.gap) return undefined;
    const yb = ch.clusterBottom + OUTSIDE.gap * 0.35;
    return [{ x: cx(a), y: a.y }, { x: cx(a), y: yb }, { x: x + 4, y: yb }, in0, in1];
  }
  // A cluster of control-plane nodes only (a single-node k3s, kind or minikube) has nothing between
  // the load balancer and the channel right of a node: straight across at its own height.
  if (ch.plan.workers.length === 0) return [{ x: a.x, y: cy(a) }, { x: x + 4, y: cy(a) }, in0, in1];
  const xo = ch.plan.clusterRight + OUTSIDE.gap / 2 - 6;
  const gy = ch.gapAbove(bn.id, ch.lbLane);
  return [{ x: a.x, y: cy(a) }, { x: xo, y: cy(a) }, { x: xo, y: gy }, { x: x + 4, y: gy }, in0, in1];
}

/**
 * A control-plane part and the API server of its node, when the part sits in a row of a folded
 * control plane over another row of parts: down the gap between the row's two columns, each column
 * on its own line 3 px from the gap's middle, into the API server's top, so the parts of both
 * columns reach it without sharing a line. A row whose parts do not leave that gap is left to the
 * router: the way is checked like any other.
 */
export function acrossFoldedRow({ a, b, an, bn }: HintInput): Point[] | undefined {
  if (an === undefined || an !== bn || an.kind !== 'control-plane-node') return undefined;
  const toApi = b.kind === 'apiserver';
  const api = toApi ? b : a;
  const part = toApi ? a : b;
  if (api.kind !== 'apiserver' || part.kind === 'apiserver' || part.y + part.h > api.y) return undefined;
  const left = cx(part) < cx(api);
  const x = left ? part.x + part.w + BOX.gap / 2 - 3 : part.x - BOX.gap / 2 + 3;
  const way = [{ x: left ? part.x + part.w : part.x, y: cy(part) }, { x, y: cy(part) }, { x, y: api.y }];
  return toApi ? way : way.reverse();
}

/**
 * The load balancer to a LoadBalancer service: along the line right of the cluster that its edges
 * to kube-proxy take, into the service's right side above the middle, where the service's own bus
 * to kube-proxy leaves, so the edge in and the bus out never meet on one line.
 */
export function loadBalancerToService({ a, b, ch }: HintInput): Point[] | undefined {
  const xo = ch.plan.clusterRight + OUTSIDE.gap / 2 - 6;
  if (a.kind !== 'load-balancer' || b.kind !== 'service' || a.x < xo) return undefined;
  const y = Math.max(b.y + PORT, cy(b) - 2 * PORT);
  return [{ x: a.x, y: cy(a) }, { x: xo, y: cy(a) }, { x: xo, y }, { x: b.x + b.w, y }];
}

/** The cloud-controller-manager to the cloud API: up to the lane over the control plane, out right. */
export function cloudControllerToCloud({ a, b, ch }: HintInput): Point[] | undefined {
  if (a.kind !== 'cloud-controller-manager' || b.kind !== 'cloud-provider' || b.y >= ch.clusterBottom) return undefined;
  const xo = ch.plan.clusterRight + OUTSIDE.gap / 2 + 6;
  return [{ x: cx(a), y: a.y }, { x: cx(a), y: ch.topLane }, { x: xo, y: ch.topLane }, { x: xo, y: cy(b) }, { x: b.x, y: cy(b) }];
}

const NO_WAYS: readonly Point[][] = [];

/**
 * The cloud-controller-manager to the cloud API drawn under the cluster: up to the lane over the
 * control plane (straight up, or, when parts sit over it in a folded row, out right and up the
 * channel beside its node), along it to the outer line of the margin left of the cluster, down it,
 * into the cloud API's left side; or, when the cloud API ends its row, down the margin right of
 * the cluster into its right side. Every way is proposed; the router keeps the first clear one.
 * Without worker nodes nothing stands between the control plane and the row under it: the router's
 * own way down is the shorter one.
 */
export function cloudControllerToCloudBelow({ a, b, an, ch }: HintInput): readonly Point[][] {
  if (a.kind !== 'cloud-controller-manager' || b.kind !== 'cloud-provider' || b.y < ch.clusterBottom || ch.plan.workers.length === 0) return NO_WAYS;
  const xl = outerMargin(ch);
  const xr = ch.plan.clusterRight + (2 * OUTSIDE.margin) / 3;
  const y = cy(b);
  const u0 = { x: cx(a), y: a.y };
  const u1 = { x: cx(a), y: ch.topLane };
  const l0 = { x: xl, y: ch.topLane };
  const l1 = { x: xl, y };
  const l2 = { x: b.x, y };
  const r0 = { x: xr, y: ch.topLane };
  const r1 = { x: xr, y };
  const r2 = { x: b.x + b.w, y };
  const right = an && ch.channelRight(an.id);
  // Each way written out point by point: joining the parts, by spreading or concat, took nine
  // tenths of the time proposing them took.
  if (right === undefined) return [[u0, u1, l0, l1, l2], [u0, u1, r0, r1, r2]];
  const o0 = { x: a.x + a.w, y: cy(a) };
  const o1 = { x: right, y: cy(a) };
  const o2 = { x: right, y: ch.topLane };
  return [[u0, u1, l0, l1, l2], [o0, o1, o2, l0, l1, l2], [u0, u1, r0, r1, r2], [o0, o1, o2, r0, r1, r2]];
}

/**
 * The kube-proxy's and the container runtime's fans into the pods: each a bus from its own agent,
 * on its own lane under the agents and its own channel beside each pod column.
 */
export function agentToPod({ a, b, an, bn, ch, bHolder }: HintInput, index: BoxIndex): Point[] | undefined {
  // The kinds first: most relations are no agent's, and their node's channels are not looked up.
  if ((a.kind !== 'kube-proxy' && a.kind !== 'container-runtime') || (b.kind !== 'pod' && b.kind !== 'container') || !an || an.id !== bn?.id) return undefined;
  const band = ch.plan.nodeChannels.get(an.id)?.laneBandTop;
  if (band === undefined) return undefined;
  const pod = b.kind === 'pod' ? b : (bHolder ?? boxOf(index, b.parent ?? ''));
  if (!pod) return undefined;
  const proxy = a.kind === 'kube-proxy';
  const lane = band + (proxy ? PODS.proxyLane : PODS.runtimeLane);
  const chX = proxy ? pod.x - PODS.channel : pod.x + pod.w + PODS.channel;
  const start = { x: cx(a), y: a.y + a.h };
  // A pod is entered at its title, on the left; a container from the right, clear of the title.
  const endY = b.kind === 'pod' ? pod.y + BOX.pad + ICON.size / 2 : cy(b);
  const endX = proxy ? b.x : b.x + b.w;
  return [start, { x: start.x, y: lane }, { x: chX, y: lane }, { x: chX, y: endY }, { x: endX, y: endY }];
}
