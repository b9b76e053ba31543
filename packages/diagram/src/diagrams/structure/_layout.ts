import type { ClusterElement, ElementKind, ViewSelection } from '@kubegram/model';
import { indexBoxes, routeEdges, type RouteRequest } from '../../layout/_route.js';
import { ICON, measure, place, type Measured } from '../../layout/_text.js';
import type { Layout, LayoutBox, Point, TextBlock } from '../../layout/types.js';

/** What the structure layout needs to know beyond the selection. */
export interface StructureOptions {
  icons: boolean;
  /** Width over height the worker grid is shaped for. */
  aspect: number;
  collapsePods: number | false;
}

// Spacing, in pixels. Every gap and padding is at least twice the edge margin, so edges always have
// a channel between boxes.
const LEAF = { padX: 10, padY: 9, minW: 100, minH: 36 };
const BOX = { pad: 14, titleGap: 10, gap: 14 };
const CLUSTER = { pad: 32, gap: 32, lane: 26, corridor: 48 };
const OUTSIDE = { gap: 56, margin: 24 };
/** How far from the middle of a side two edges that could line up meet their boxes. */
const PORT = 5;
// Pods on a node with routed edges: a wider column gap holds two vertical channels (the
// kube-proxy's on the left of a pod, the container runtime's on the right), and the band under
// the agents holds their two horizontal lanes, so the two fans never share a line.
const PODS = { gap: 26, inset: 6, channel: 9, band: 28, proxyLane: 9, runtimeLane: 19 };

/** A box being measured and placed. */
interface Work {
  id: string;
  kind: ElementKind;
  label: string;
  description: string;
  parent: string | undefined;
  collapsed: number | undefined;
  children: Work[];
  text: Measured;
  container: boolean;
  /** Height of the title band of a container. */
  band: number;
  w: number;
  h: number;
  x: number;
  y: number;
}

const CP_ROW: readonly ElementKind[] = ['etcd', 'scheduler', 'controller-manager', 'cloud-controller-manager'];
const AGENT_ROW: readonly ElementKind[] = ['kubelet', 'container-runtime', 'kube-proxy'];
const NODE_KINDS: readonly ElementKind[] = ['control-plane-node', 'worker-node'];
/** Kinds that have a fixed slot in a node; anything else goes to the row of other parts. */
const SLOTTED: ReadonlySet<ElementKind> = new Set([...CP_ROW, 'apiserver', ...AGENT_ROW, 'pod']);

/** Measured labels of one layout by style and text: big clusters repeat the same few labels. */
type MeasureCache = Map<string, Measured>;

function measureOnce(cache: MeasureCache, label: string, style: 'title' | 'leaf'): Measured {
  const key = `${style}\u0000${label}`;
  let m = cache.get(key);
  if (m === undefined) {
    m = measure(label, style);
    cache.set(key, m);
  }
  return m;
}

function work(el: Pick<ClusterElement, 'id' | 'kind' | 'label' | 'description' | 'parent'>, container: boolean, cache: MeasureCache): Work {
  return {
    id: el.id,
    kind: el.kind,
    label: el.label,
    description: el.description,
    parent: el.parent,
    collapsed: undefined,
    children: [],
    text: measureOnce(cache, el.label, container ? 'title' : 'leaf'),
    container,
    band: 0,
    w: 0,
    h: 0,
    x: 0,
    y: 0,
  };
}

const iconSpace = (icons: boolean) => (icons ? ICON.size + ICON.gap : 0);
const titleBand = (w: Work, icons: boolean) => BOX.pad + Math.max(w.text.height, icons ? ICON.size : 0) + BOX.titleGap;

function sizeLeaf(w: Work, icons: boolean): void {
  w.w = Math.ceil(Math.max(LEAF.minW, w.text.width + 2 * LEAF.padX + iconSpace(icons)));
  w.h = Math.ceil(Math.max(LEAF.minH, w.text.height + 2 * LEAF.padY, icons ? ICON.size + 2 * LEAF.padY : 0));
}

/** Sizes a box that stacks its children in a column (a pod, a controller manager). */
function sizeStack(w: Work, icons: boolean): void {
  for (const c of w.children) size(c, icons);
  w.band = titleBand(w, icons);
  const inner = Math.max(0, ...w.children.map((c) => c.w));
  w.w = Math.ceil(Math.max(inner, w.text.width + iconSpace(icons)) + 2 * BOX.pad);
  w.h = Math.ceil(w.band + w.children.reduce((s, c) => s + c.h, 0) + Math.max(0, w.children.length - 1) * BOX.gap + BOX.pad);
}

function size(w: Work, icons: boolean): void {
  if (w.container) sizeStack(w, icons);
  else sizeLeaf(w, icons);
}

function placeStack(w: Work): void {
  let y = w.y + w.band;
  for (const c of w.children) {
    c.x = w.x + BOX.pad;
    c.y = y;
    c.w = w.w - 2 * BOX.pad;
    placeInside(c);
    y += c.h + BOX.gap;
  }
}

function placeInside(w: Work): void {
  if (w.container) placeStack(w);
}

/** The parts of a node, in their fixed slots. */
interface NodeParts {
  cpRow: Work[];
  api: Work[];
  agents: Work[];
  pods: Work[];
  other: Work[];
}

function partsOf(node: Work): NodeParts {
  const by = (kinds: readonly ElementKind[]) =>
    node.children.filter((c) => kinds.includes(c.kind)).sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
  return {
    cpRow: by(CP_ROW),
    api: by(['apiserver']),
    agents: by(AGENT_ROW),
    pods: node.children.filter((c) => c.kind === 'pod'),
    other: node.children.filter((c) => !SLOTTED.has(c.kind)),
  };
}

const rowWidth = (items: readonly Work[]) => items.reduce((s, c) => s + c.w, 0) + Math.max(0, items.length - 1) * BOX.gap;

/** Shared measurements of every node of one role, so their boxes line up. */
interface NodeFrame {
  innerW: number;
  podW: number;
  podH: number;
  podCols: number;
  w: number;
  h: number;
}

function nodeFrame(nodes: readonly Work[], icons: boolean): NodeFrame {
  let innerW = 0;
  let podW = 0;
  let podH = 0;
  let maxPods = 0;
  for (const n of nodes) {
    for (const c of n.children) size(c, icons);
    const p = partsOf(n);
    innerW = Math.max(innerW, rowWidth(p.cpRow), rowWidth(p.agents), ...p.api.map((a) => a.w), rowWidth(p.other), n.text.width + iconSpace(icons));
    for (const pod of p.pods) {
      podW = Math.max(podW, pod.w);
      podH = Math.max(podH, pod.h);
    }
    maxPods = Math.max(maxPods, p.pods.length);
  }
  const gridW = (cols: number) => cols * podW + (cols - 1) * PODS.gap + 2 * PODS.inset;
  let podCols = maxPods === 0 ? 0 : Math.max(1, Math.floor((innerW - 2 * PODS.inset + PODS.gap) / (podW + PODS.gap)));
  // Many pods make a tall node; widen it so its pod grid is no taller than about twice its width.
  while (podCols > 0 && podCols < maxPods && Math.ceil(maxPods / podCols) * podH > 2 * podCols * podW) podCols++;
  podCols = Math.min(podCols, maxPods);
  if (podCols > 0) innerW = Math.max(innerW, gridW(podCols));
  let h = 0;
  for (const n of nodes) {
    const p = partsOf(n);
    const rows = [p.cpRow, p.api, p.agents, p.other].filter((r) => r.length > 0);
    let inner = rows.reduce((s, r) => s + Math.max(...r.map((c) => c.h)), 0) + Math.max(0, rows.length - 1) * BOX.gap;
    const podRows = podCols === 0 ? 0 : Math.ceil(p.pods.length / podCols);
    if (podRows > 0) inner += (rows.length > 0 ? PODS.band : 0) + podRows * podH + (podRows - 1) * BOX.gap;
    h = Math.max(h, titleBand(n, icons) + inner + BOX.pad);
  }
  return { innerW: Math.ceil(innerW), podW, podH, podCols, w: Math.ceil(innerW + 2 * BOX.pad), h: Math.ceil(h) };
}

/** Lays out a row of boxes across the full inner width: equal widths when they fit, else shared slack. */
function placeRow(items: readonly Work[], x: number, y: number, innerW: number): number {
  const rowH = Math.max(...items.map((c) => c.h));
  const n = items.length;
  const gaps = (n - 1) * BOX.gap;
  const equal = (innerW - gaps) / n;
  const slack = (innerW - rowWidth(items)) / n;
  const fitsEqual = items.every((c) => c.w <= equal);
  let cx = x;
  for (const c of items) {
    c.w = Math.floor(fitsEqual ? equal : c.w + slack);
    c.h = rowH;
    c.x = cx;
    c.y = y;
    placeInside(c);
    cx += c.w + BOX.gap;
  }
  return rowH;
}

/** Where the pod channels of a node run, for routing its kube-proxy and runtime edges. */
interface NodeChannels {
  /** Top of the band between the component rows and the first pod row. */
  podBand?: number;
}

function placeNode(n: Work, frame: NodeFrame, icons: boolean): NodeChannels {
  n.w = frame.w;
  n.h = frame.h;
  const p = partsOf(n);
  const x0 = n.x + BOX.pad;
  let y = n.y + titleBand(n, icons);
  for (const row of [p.cpRow, p.api, p.agents, p.other]) {
    if (row.length === 0) continue;
    y += placeRow(row, x0, y, frame.innerW) + BOX.gap;
  }
  const channels: NodeChannels = {};
  if (p.pods.length > 0) {
    if (y > n.y + titleBand(n, icons)) {
      channels.podBand = y - BOX.gap;
      y += PODS.band - BOX.gap;
    }
    p.pods.forEach((pod, i) => {
      pod.x = x0 + PODS.inset + (i % frame.podCols) * (frame.podW + PODS.gap);
      pod.y = y + Math.floor(i / frame.podCols) * (frame.podH + BOX.gap);
      pod.w = frame.podW;
      pod.h = frame.podH;
      placeInside(pod);
    });
  }
  return channels;
}

function toBox(w: Work, icons: boolean): LayoutBox {
  let label: TextBlock;
  let icon: Point | undefined;
  if (w.container) {
    const top = w.y + BOX.pad + Math.max(0, (ICON.size - w.text.height) / 2) * (icons ? 1 : 0);
    label = place(w.text, w.x + BOX.pad + iconSpace(icons), top, 'start');
    if (icons) icon = { x: w.x + BOX.pad, y: w.y + BOX.pad + Math.max(0, (w.text.height - ICON.size) / 2) };
  } else {
    const left = w.x + LEAF.padX + iconSpace(icons);
    const right = w.x + w.w - LEAF.padX;
    label = place(w.text, (left + right) / 2, w.y + (w.h - w.text.height) / 2, 'middle');
    if (icons) icon = { x: w.x + LEAF.padX, y: w.y + (w.h - ICON.size) / 2 };
  }
  // Built field by field: optional fields only when set, without spreading throwaway objects.
  const box: LayoutBox = { id: w.id, kind: w.kind, description: w.description, x: w.x, y: w.y, w: w.w, h: w.h, label, container: w.container };
  if (w.parent !== undefined) box.parent = w.parent;
  if (icon) box.icon = icon;
  if (w.collapsed !== undefined) box.collapsed = w.collapsed;
  return box;
}

/** Builds the working tree of a selection, collapsing the pods of crowded nodes. */
function buildTree(sel: ViewSelection, collapse: number | false): { root: Work; all: Work[]; hidden: Set<string> } {
  const cache: MeasureCache = new Map();
  const hasChildren = new Set<string>();
  for (const e of sel.elements) if (e.parent !== undefined) hasChildren.add(e.parent);
  const byId = new Map<string, Work>();
  const all: Work[] = [];
  const hidden = new Set<string>();
  let root: Work | undefined;
  const podCount = new Map<string, number>();
  for (const e of sel.elements) if (e.kind === 'pod' && e.parent !== undefined) podCount.set(e.parent, (podCount.get(e.parent) ?? 0) + 1);
  const seenPods = new Map<string, number>();
  for (const e of sel.elements) {
    if (e.parent !== undefined && hidden.has(e.parent)) {
      hidden.add(e.id);
      continue;
    }
    if (e.kind === 'pod' && e.parent !== undefined && collapse !== false) {
      const total = podCount.get(e.parent) ?? 0;
      const seen = (seenPods.get(e.parent) ?? 0) + 1;
      seenPods.set(e.parent, seen);
      if (total > collapse && seen >= Math.max(1, collapse)) {
        hidden.add(e.id);
        if (seen === Math.max(1, collapse)) {
          const count = total - seen + 1;
          const more = work({ id: `${e.parent}~more`, kind: 'pod', label: `+${count} pods`, description: `${count} more pods on this node.`, parent: e.parent }, false, cache);
          more.collapsed = count;
          byId.get(e.parent)?.children.push(more);
          all.push(more);
        }
        continue;
      }
    }
    const w = work(e, hasChildren.has(e.id) || e.kind === 'cluster' || NODE_KINDS.includes(e.kind), cache);
    byId.set(e.id, w);
    all.push(w);
    if (e.parent !== undefined && byId.has(e.parent)) byId.get(e.parent)!.children.push(w);
    else if (e.kind === 'cluster') root = w;
    else if (e.parent !== undefined) {
      // Parent not shown (an external etcd member's cluster is always shown, so this is an actor-like orphan).
      w.parent = undefined;
    }
  }
  root ??= work({ id: sel.elements[0]?.id ?? 'cluster', kind: 'cluster', label: '', description: '' }, true, cache);
  return { root, all, hidden };
}

/** Lays out a structure view: the cluster with its nodes in fixed slots, the outside world at its edges. */
export function layoutStructure(sel: ViewSelection, opts: StructureOptions): Omit<Layout, 'view' | 'title' | 'description' | 'viewBox'> {
  const { icons } = opts;
  const { root: cluster, all, hidden } = buildTree(sel, opts.collapsePods);
  const cpNodes = cluster.children.filter((c) => c.kind === 'control-plane-node');
  const workers = cluster.children.filter((c) => c.kind === 'worker-node');
  const loose = cluster.children.filter((c) => !NODE_KINDS.includes(c.kind));
  const actors = all.filter((w) => w.parent === undefined && w !== cluster);
  for (const a of actors) size(a, icons);
  for (const l of loose) size(l, icons);

  const cpFrame = nodeFrame(cpNodes, icons);
  const wFrame = nodeFrame(workers, icons);

  // Worker grid: the column count whose whole picture comes closest to the target aspect ratio.
  const cpRowW = cpNodes.length * cpFrame.w + Math.max(0, cpNodes.length - 1) * CLUSTER.gap + (loose.length > 0 ? CLUSTER.gap + Math.max(...loose.map((l) => l.w)) : 0);
  const looseH = loose.reduce((s, l) => s + l.h, 0) + Math.max(0, loose.length - 1) * BOX.gap;
  const cpRowH = Math.max(cpNodes.length > 0 ? cpFrame.h : 0, looseH);
  const sideW = Math.max(0, ...actors.map((a) => a.w));
  let cols = workers.length;
  let best = Infinity;
  for (let c = 1; c <= workers.length; c++) {
    const rows = Math.ceil(workers.length / c);
    const w = Math.max(cpRowW, c * wFrame.w + (c - 1) * CLUSTER.gap) + 2 * CLUSTER.pad + 2 * (sideW + OUTSIDE.gap);
    const h = cpRowH + CLUSTER.corridor + rows * wFrame.h + (rows - 1) * CLUSTER.gap + 2 * CLUSTER.pad + 60;
    // The layout that can be drawn largest in a frame of the target shape.
    const score = Math.max(w, h * opts.aspect) + 0.01 * (w + h * opts.aspect);
    if (score < best - 1e-9) {
      best = score;
      cols = c;
    }
  }
  const rows = workers.length === 0 ? 0 : Math.ceil(workers.length / cols);
  const gridW = workers.length === 0 ? 0 : cols * wFrame.w + (cols - 1) * CLUSTER.gap;
  const innerW = Math.max(cpRowW, gridW, cluster.text.width + iconSpace(icons));

  const kubectl = actors.filter((a) => a.kind === 'kubectl');
  const right = actors.filter((a) => a.kind !== 'kubectl');
  const leftW = kubectl.length > 0 ? Math.max(...kubectl.map((a) => a.w)) + OUTSIDE.gap : 0;
  cluster.x = OUTSIDE.margin + leftW;
  cluster.y = OUTSIDE.margin;
  const top = cluster.y + titleBand(cluster, icons) + CLUSTER.lane;
  // A node view shows only a stub of the control plane: put it over the node's kubelet, so the
  // kubelet's report goes straight up and the picture stays as narrow as the node.
  const stub = sel.view.scope === 'worker-node' && workers.length > 0;
  const cpLeft = cluster.x + CLUSTER.pad + (stub ? (innerW - gridW) / 2 : (innerW - cpRowW) / 2);
  const cpChannels = new Map<string, { left: number; right: number }>();
  cpNodes.forEach((n, i) => {
    n.x = Math.round(cpLeft + i * (cpFrame.w + CLUSTER.gap));
    n.y = top;
    cpChannels.set(n.id, { left: n.x - CLUSTER.gap / 2, right: n.x + cpFrame.w + CLUSTER.gap / 2 });
  });
  const nodeChannels = new Map<string, NodeChannels>();
  for (const n of cpNodes) nodeChannels.set(n.id, placeNode(n, cpFrame, icons));
  let ly = top;
  const looseX = Math.round(cpLeft + cpNodes.length * (cpFrame.w + CLUSTER.gap));
  for (const l of loose) {
    l.x = looseX;
    l.y = ly;
    placeInside(l);
    ly += l.h + BOX.gap;
  }
  const corridorTop = top + cpRowH;
  const gridTop = corridorTop + (cpRowH > 0 && workers.length > 0 ? CLUSTER.corridor : 0);
  const gridLeft = Math.round(cluster.x + CLUSTER.pad + (innerW - gridW) / 2);
  const workerPos = new Map<string, { r: number; c: number }>();
  workers.forEach((n, i) => {
    const r = Math.floor(i / cols);
    const c = i % cols;
    n.x = gridLeft + c * (wFrame.w + CLUSTER.gap);
    n.y = gridTop + r * (wFrame.h + CLUSTER.gap);
    workerPos.set(n.id, { r, c });
    nodeChannels.set(n.id, placeNode(n, wFrame, icons));
  });
  const gridBottom = workers.length > 0 ? gridTop + rows * wFrame.h + (rows - 1) * CLUSTER.gap : corridorTop;
  cluster.w = Math.ceil(innerW + 2 * CLUSTER.pad);
  cluster.h = Math.ceil(gridBottom + CLUSTER.pad - cluster.y);
  const clusterRight = cluster.x + cluster.w;

  // The outside world: kubectl beside the API server, the cloud API beside the
  // cloud-controller-manager, the load balancer beside the worker rows it feeds.
  const find = (kind: ElementKind) => all.find((w) => w.kind === kind && !hidden.has(w.id));
  const api0 = cpNodes.flatMap((n) => n.children).find((c) => c.kind === 'apiserver');
  let ky = api0 ? api0.y + api0.h / 2 : top + cpRowH / 2;
  for (const k of kubectl) {
    k.x = cluster.x - OUTSIDE.gap - k.w;
    k.y = Math.round(ky - k.h / 2);
    ky += k.h + BOX.gap;
  }
  const ccm = find('cloud-controller-manager');
  // The load balancer sits level with the kube-proxies of the middle worker row: the rightmost one
  // gets a straight line, the others a short drop through the gap beside their node.
  const midRow = workers[Math.min(workers.length - 1, Math.floor((rows - 1) / 2) * cols + cols - 1)];
  const midProxy = midRow?.children.find((c) => c.kind === 'kube-proxy');
  const lbY = midProxy ? midProxy.y + midProxy.h / 2 : undefined;
  const rightX = clusterRight + OUTSIDE.gap;
  let nextY = cluster.y;
  const wantY = (a: Work) => {
    if (a.kind === 'cloud-provider') return ccm ? ccm.y + ccm.h / 2 : top + cpRowH / 2;
    if (a.kind === 'load-balancer') return lbY ?? (workers.length > 0 ? (gridTop + gridBottom) / 2 : top + cpRowH / 2);
    return top;
  };
  for (const a of [...right].sort((p, q) => wantY(p) - wantY(q))) {
    a.x = rightX;
    a.y = Math.round(Math.max(nextY, wantY(a) - a.h / 2));
    nextY = a.y + a.h + BOX.gap;
  }

  const maxRight = Math.max(clusterRight, ...right.map((a) => a.x + a.w));
  const maxBottom = Math.max(cluster.y + cluster.h, ...actors.map((a) => a.y + a.h));
  const width = Math.ceil(maxRight + OUTSIDE.margin);
  const height = Math.ceil(maxBottom + OUTSIDE.margin);

  const boxes = all.filter((w) => !hidden.has(w.id)).map((w) => toBox(w, icons));
  const index = indexBoxes(boxes, { x: 0, y: 0, w: width, h: height });

  // Routes the layout knows in advance, through the channels it left between boxes.
  const kubeletLane = corridorTop + CLUSTER.corridor * 0.35;
  const lbLane = corridorTop + CLUSTER.corridor * 0.65;
  const kubectlLane = corridorTop + CLUSTER.corridor * 0.5;
  const topLane = top - CLUSTER.lane / 2;
  const nodeOf = (id: string) => {
    let b = index.byId.get(id);
    while (b && !NODE_KINDS.includes(b.kind)) b = b.parent === undefined ? undefined : index.byId.get(b.parent);
    return b;
  };
  const channelLeft = (nodeId: string) => {
    const pos = workerPos.get(nodeId);
    if (pos) return gridLeft + pos.c * (wFrame.w + CLUSTER.gap) - CLUSTER.gap / 2;
    return cpChannels.get(nodeId)?.left;
  };
  const channelRight = (nodeId: string) => {
    const pos = workerPos.get(nodeId);
    if (pos) return gridLeft + (pos.c + 1) * (wFrame.w + CLUSTER.gap) - CLUSTER.gap / 2;
    return cpChannels.get(nodeId)?.right;
  };
  const gapAbove = (nodeId: string, lane: number) => {
    const pos = workerPos.get(nodeId);
    // Over a control-plane node: beside the cloud-controller-manager's lane to the cloud, not on it.
    if (!pos) return lane === lbLane ? topLane + 5 : topLane;
    return pos.r === 0 ? lane : gridTop + pos.r * (wFrame.h + CLUSTER.gap) - CLUSTER.gap / 2 + (lane === lbLane ? 5 : -5);
  };
  const requests: RouteRequest[] = [];
  for (const r of sel.relations) {
    if (hidden.has(r.from) || hidden.has(r.to)) continue;
    const a = index.byId.get(r.from);
    const b = index.byId.get(r.to);
    if (!a || !b) continue;
    const hints: Point[][] = [];
    const an = nodeOf(a.id);
    const bn = nodeOf(b.id);
    const cx = (x: LayoutBox) => x.x + x.w / 2;
    const cy = (x: LayoutBox) => x.y + x.h / 2;
    // Into an API server from the left, through the channel left of its node and the corridor.
    // Kubelets climb the channel 4 px left of its middle, kubectl 10 px, the load balancer comes
    // down 4 px right of it: three lines that never share a stretch.
    const intoApi = (from: Point[], lane: number, offset: number): Point[] | undefined => {
      const ch = bn && channelLeft(bn.id);
      if (ch === undefined) return undefined;
      return [...from, { x: ch - offset, y: lane }, { x: ch - offset, y: cy(b) }, { x: b.x, y: cy(b) }];
    };
    if (b.kind === 'apiserver' && an && bn && an.id !== bn.id && a.kind !== 'kubectl') {
      const chA = channelLeft(an.id);
      if (chA !== undefined) {
        // Below the middle, so it never lines up with a load-balancer edge entering the neighbour's kube-proxy.
        const y = cy(a) + PORT;
        const h = intoApi([{ x: a.x, y }, { x: chA - 4, y }, { x: chA - 4, y: kubeletLane }], kubeletLane, 4);
        if (h) hints.push(h);
      }
    }
    if (a.kind === 'kubectl' && b.kind === 'apiserver') {
      const xk = cluster.x - OUTSIDE.gap / 2;
      const h = intoApi([{ x: a.x + a.w, y: cy(a) }, { x: xk, y: cy(a) }, { x: xk, y: kubectlLane }], kubectlLane, 10);
      if (h) hints.push(h);
    }
    if (a.kind === 'load-balancer' && bn && b.kind === 'kube-proxy') {
      const ch = channelRight(bn.id);
      const xo = clusterRight + OUTSIDE.gap / 2 - 6;
      if (ch !== undefined) {
        const gy = gapAbove(bn.id, lbLane);
        const y = cy(b) - PORT;
        hints.push([{ x: a.x, y: cy(a) }, { x: xo, y: cy(a) }, { x: xo, y: gy }, { x: ch + 4, y: gy }, { x: ch + 4, y }, { x: b.x + b.w, y }]);
      }
    }
    if (a.kind === 'cloud-controller-manager' && b.kind === 'cloud-provider') {
      const xo = clusterRight + OUTSIDE.gap / 2 + 6;
      hints.push([{ x: cx(a), y: a.y }, { x: cx(a), y: topLane }, { x: xo, y: topLane }, { x: xo, y: cy(b) }, { x: b.x, y: cy(b) }]);
    }
    // The kube-proxy's and the container runtime's fans into the pods: each a bus from its own
    // agent, on its own lane under the agents and its own channel beside each pod column.
    const band = an && nodeChannels.get(an.id)?.podBand;
    let hintsFirst = false;
    if (band !== undefined && an && an.id === bn?.id && (b.kind === 'pod' || b.kind === 'container') && (a.kind === 'kube-proxy' || a.kind === 'container-runtime')) {
      const pod = b.kind === 'pod' ? b : index.byId.get(b.parent ?? '');
      if (pod) {
        const proxy = a.kind === 'kube-proxy';
        const lane = band + (proxy ? PODS.proxyLane : PODS.runtimeLane);
        const chX = proxy ? pod.x - PODS.channel : pod.x + pod.w + PODS.channel;
        const start = { x: cx(a), y: a.y + a.h };
        // A pod is entered at its title, on the left; a container from the right, clear of the title.
        const endY = b.kind === 'pod' ? pod.y + BOX.pad + ICON.size / 2 : cy(b);
        const endX = b.kind === 'pod' ? (proxy ? b.x : b.x + b.w) : proxy ? b.x : b.x + b.w;
        hints.push([start, { x: start.x, y: lane }, { x: chX, y: lane }, { x: chX, y: endY }, { x: endX, y: endY }]);
        hintsFirst = b.kind === 'container';
      }
    }
    requests.push({ relation: r, hints, hintsFirst });
  }
  const edges = routeEdges(index, requests);
  return { diagram: 'structure', width, height, boxes, edges, steps: [], lifelines: [], cycles: [], notes: [] };
}
