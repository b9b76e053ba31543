import { CLUSTER, OUTSIDE } from './_spacing.js';

/** What shapes the worker grid: the node boxes and what else the picture holds around them. */
export interface WorkerGridInput {
  /** How many worker nodes. */
  count: number;
  /** The size every worker node box shares. */
  node: { w: number; h: number };
  /** The control-plane row above the grid. */
  top: { w: number; h: number };
  /** The widest outside party, drawn on either side of the cluster. */
  sideW: number;
  /** Width over height the picture is shaped for. */
  aspect: number;
}

/**
 * The column count of the worker grid whose whole picture can be drawn largest in a frame of the
 * target shape; fewer columns win a tie. 0 for no workers.
 */
export function workerColumns({ count, node, top, sideW, aspect }: WorkerGridInput): number {
  let cols = count;
  let best = Infinity;
  for (let c = 1; c <= count; c++) {
    const rows = Math.ceil(count / c);
    const w = Math.max(top.w, c * node.w + (c - 1) * CLUSTER.gap) + 2 * CLUSTER.pad + 2 * (sideW + OUTSIDE.gap);
    const h = top.h + CLUSTER.corridor + rows * node.h + (rows - 1) * CLUSTER.gap + 2 * CLUSTER.pad + 60;
    const score = Math.max(w, h * aspect) + 0.01 * (w + h * aspect);
    if (score < best - 1e-9) {
      best = score;
      cols = c;
    }
  }
  return cols;
}
