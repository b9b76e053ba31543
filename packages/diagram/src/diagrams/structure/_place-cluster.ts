import { BOX, CLUSTER, OUTSIDE, TIGHT } from './_spacing.js';
import { pack, placePacked } from './_pack.js';
import { nodeFrame, nodeParts, placeNode, type NodeChannels, type NodeFrame, type NodeParts } from './_node-frame.js';
import { NODE_KINDS } from './_kinds.js';
import { iconSpace, placeInside, size, titleHeight, type Work } from './_work.js';
import { workerColumns } from './_worker-grid.js';

/** Where the cluster put everything, for the outside world and the routes to use. */
export interface ClusterPlan {
  /** Top of the control-plane row. */
  top: number;
  cpRowH: number;
  /** Top of the corridor between the control-plane row and the worker grid. */
  corridorTop: number;
  /** Height of that corridor, and of the lane over the control-plane row. */
  corridor: number;
  lane: number;
  gridTop: number;
  gridLeft: number;
  gridBottom: number;
  cols: number;
  rows: number;
  wFrame: NodeFrame;
  workers: readonly Work[];
  cpNodes: readonly Work[];
  /** The channels beside each control-plane node. */
  cpChannels: Map<string, { left: number; right: number }>;
  /** Row and column of each worker node in the grid. */
  workerPos: Map<string, { r: number; c: number }>;
  nodeChannels: Map<string, NodeChannels>;
  clusterRight: number;
}

/** What the cluster holds, sorted: its nodes by role and their parts, and the loose parts beside the control plane. */
interface Members {
  cpNodes: Work[];
  workers: Work[];
  loose: Work[];
  cpParts: NodeParts[];
  workerParts: NodeParts[];
}

/**
 * Places the cluster at `left`: the control-plane nodes in a row with the loose parts after them,
 * the worker nodes in a grid under the corridor, shaped for the aspect ratio.
 */
export function placeCluster(cluster: Work, left: number, sideW: number, icons: boolean, aspect: number, stubView: boolean, foldRows = false, tight = false, podsStacked = false, known?: Pick<Members, 'cpParts' | 'workerParts'>): ClusterPlan {
  const { lane, corridor } = tight ? TIGHT : CLUSTER;
  const cpNodes = cluster.children.filter((c) => c.kind === 'control-plane-node');
  const workers = cluster.children.filter((c) => c.kind === 'worker-node');
  const loose = cluster.children.filter((c) => !NODE_KINDS.includes(c.kind));
  for (const l of loose) size(l, icons);
  // Each node's parts are found once, for its role's frame and for placing it: by the fit's bounds, when they read this tree.
  const cpParts = known?.cpParts ?? cpNodes.map((n) => nodeParts(n));
  const workerParts = known?.workerParts ?? workers.map((n) => nodeParts(n));
  const cpFrame = nodeFrame(cpNodes, icons, foldRows, cpParts, podsStacked);
  const wFrame = nodeFrame(workers, icons, foldRows, workerParts, podsStacked);
  // With no node at all (the namespaces of the workloads view), the loose parts fill a grid of the picture's shape.
  const looseGrid = cpNodes.length === 0 && workers.length === 0 && loose.length > 0 ? pack(loose, CLUSTER.gap, aspect) : undefined;
  const cpRowW = looseGrid?.w ?? cpNodes.length * cpFrame.w + Math.max(0, cpNodes.length - 1) * CLUSTER.gap + (loose.length > 0 ? CLUSTER.gap + Math.max(...loose.map((l) => l.w)) : 0);
  const looseH = looseGrid?.h ?? loose.reduce((s, l) => s + l.h, 0) + Math.max(0, loose.length - 1) * BOX.gap;
  const cpRowH = Math.max(cpNodes.length > 0 ? cpFrame.h : 0, looseH);
  const cols = workerColumns({ count: workers.length, node: wFrame, top: { w: cpRowW, h: cpRowH }, sideW, aspect });
  const rows = workers.length === 0 ? 0 : Math.ceil(workers.length / cols);
  const gridW = workers.length === 0 ? 0 : cols * wFrame.w + (cols - 1) * CLUSTER.gap;
  const innerW = Math.max(cpRowW, gridW, cluster.text.width + iconSpace(icons));
  cluster.x = left;
  cluster.y = OUTSIDE.margin;
  const top = cluster.y + titleHeight(cluster, icons) + lane;
  // A node view shows only a stub of the control plane: put it over the node's kubelet, so the
  // kubelet's report goes straight up and the picture stays as narrow as the node.
  const stub = stubView && workers.length > 0;
  const cpLeft = cluster.x + CLUSTER.pad + (stub ? (innerW - gridW) / 2 : (innerW - cpRowW) / 2);
  const members: Members = { cpNodes, workers, loose, cpParts, workerParts };
  const nodeChannels = new Map<string, NodeChannels>();
  const cpChannels = looseGrid ? new Map<string, { left: number; right: number }>() : placeControlPlaneRow(members, cpFrame, cpLeft, top, icons, nodeChannels);
  if (looseGrid) {
    placePacked(loose, looseGrid, Math.round(cpLeft), top, CLUSTER.gap);
    for (const l of loose) placeInside(l);
  }
  const corridorTop = top + cpRowH;
  const gridTop = corridorTop + (cpRowH > 0 && workers.length > 0 ? corridor : 0);
  const gridLeft = Math.round(cluster.x + CLUSTER.pad + (innerW - gridW) / 2);
  const workerPos = placeWorkerGrid(members, wFrame, cols, gridLeft, gridTop, icons, nodeChannels);
  const gridBottom = workers.length > 0 ? gridTop + rows * wFrame.h + (rows - 1) * CLUSTER.gap : corridorTop;
  cluster.w = Math.ceil(innerW + 2 * CLUSTER.pad);
  cluster.h = Math.ceil(gridBottom + CLUSTER.pad - cluster.y);
  const clusterRight = cluster.x + cluster.w;
  return { top, cpRowH, corridorTop, corridor, lane, gridTop, gridLeft, gridBottom, cols, rows, wFrame, workers, cpNodes, cpChannels, workerPos, nodeChannels, clusterRight };
}

// The control-plane nodes side by side from `left`, then the loose parts stacked after them.
function placeControlPlaneRow(m: Members, frame: NodeFrame, left: number, top: number, icons: boolean, nodeChannels: Map<string, NodeChannels>) {
  const cpChannels = new Map<string, { left: number; right: number }>();
  m.cpNodes.forEach((n, i) => {
    n.x = Math.round(left + i * (frame.w + CLUSTER.gap));
    n.y = top;
    cpChannels.set(n.id, { left: n.x - CLUSTER.gap / 2, right: n.x + frame.w + CLUSTER.gap / 2 });
  });
  m.cpNodes.forEach((n, i) => nodeChannels.set(n.id, placeNode(n, frame, icons, m.cpParts[i])));
  let ly = top;
  const looseX = Math.round(left + m.cpNodes.length * (frame.w + CLUSTER.gap));
  for (const l of m.loose) {
    l.x = looseX;
    l.y = ly;
    placeInside(l);
    ly += l.h + BOX.gap;
  }
  return cpChannels;
}

// The worker nodes row by row in `cols` columns.
function placeWorkerGrid(m: Members, frame: NodeFrame, cols: number, left: number, top: number, icons: boolean, nodeChannels: Map<string, NodeChannels>) {
  const workerPos = new Map<string, { r: number; c: number }>();
  m.workers.forEach((n, i) => {
    const r = Math.floor(i / cols);
    const c = i % cols;
    n.x = left + c * (frame.w + CLUSTER.gap);
    n.y = top + r * (frame.h + CLUSTER.gap);
    workerPos.set(n.id, { r, c });
    nodeChannels.set(n.id, placeNode(n, frame, icons, m.workerParts[i]));
  });
  return workerPos;
}
