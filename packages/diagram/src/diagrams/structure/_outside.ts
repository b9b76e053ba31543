import type { ElementKind } from '@kubegram/model';
import type { ClusterPlan } from './_place-cluster.js';
import { BOX, OUTSIDE } from './_spacing.js';
import type { Work } from './_work.js';

/**
 * Places the outside world: kubectl left of the cluster, level with the API server; the others on
 * the right, each as near as the ones above let it to what it deals with (the cloud API to the
 * cloud-controller-manager, the load balancer to the worker rows it feeds).
 */
export function placeOutside(cluster: Work, kubectl: readonly Work[], right: readonly Work[], plan: ClusterPlan, find: (kind: ElementKind) => Work | undefined): void {
  const { top, cpRowH } = plan;
  const api0 = plan.cpNodes.flatMap((n) => n.children).find((c) => c.kind === 'apiserver');
  let ky = api0 ? api0.y + api0.h / 2 : top + cpRowH / 2;
  for (const k of kubectl) {
    k.x = cluster.x - OUTSIDE.gap - k.w;
    k.y = Math.round(ky - k.h / 2);
    ky += k.h + BOX.gap;
  }
  const ccm = find('cloud-controller-manager');
  const lbY = loadBalancerY(plan);
  const wantY = (a: Work) => {
    if (a.kind === 'cloud-provider') return ccm ? ccm.y + ccm.h / 2 : top + cpRowH / 2;
    if (a.kind === 'load-balancer') return lbY ?? (plan.workers.length > 0 ? (plan.gridTop + plan.gridBottom) / 2 : top + cpRowH / 2);
    return top;
  };
  let nextY = cluster.y;
  for (const a of [...right].sort((p, q) => wantY(p) - wantY(q))) {
    a.x = plan.clusterRight + OUTSIDE.gap;
    a.y = Math.round(Math.max(nextY, wantY(a) - a.h / 2));
    nextY = a.y + a.h + BOX.gap;
  }
}

// The load balancer sits level with the kube-proxies of the middle worker row: the rightmost one
// gets a straight line, the others a short drop through the gap beside their node.
function loadBalancerY({ workers, rows, cols }: ClusterPlan): number | undefined {
  const midRow = workers[Math.min(workers.length - 1, Math.floor((rows - 1) / 2) * cols + cols - 1)];
  const midProxy = midRow?.children.find((c) => c.kind === 'kube-proxy');
  return midProxy ? midProxy.y + midProxy.h / 2 : undefined;
}

/**
 * Places the outside world in one row under the cluster, kubectl first: for a frame too narrow to
 * have it beside the cluster.
 */
export function placeOutsideBelow(cluster: Work, kubectl: readonly Work[], right: readonly Work[]): void {
  let x = cluster.x;
  let y = cluster.y + cluster.h + OUTSIDE.gap;
  let rowH = 0;
  for (const a of [...kubectl, ...right]) {
    // A new row when this one would run past the cluster's right side, so the row never widens the picture.
    if (x > cluster.x && x + a.w > cluster.x + cluster.w) {
      x = cluster.x;
      y += rowH + BOX.gap;
      rowH = 0;
    }
    a.x = x;
    a.y = y;
    x += a.w + OUTSIDE.gap;
    rowH = Math.max(rowH, a.h);
  }
}
