import type { Cluster } from '../cluster.js';
import { simplifyMoved } from './_simplify.js';
import type { SimplifyOptions } from './simplify-cluster.js';

/**
 * The ids of the elements drawn in place of the given ones once the cluster is simplified: a
 * merged replica's id gives the pod drawn as `web ×3`, a folded system pod's the `kube-system ×N`
 * pod, a grouped node's (or its component's) the `pool ×N` node's. Other ids come back as they are.
 */
export function drawnIds(cluster: Cluster, ids: readonly string[], options: SimplifyOptions = {}): string[] {
  if (ids.length === 0) return [];
  const { moves } = simplifyMoved(cluster, options);
  // Each step moves ids of the cluster the one before made: follow them in order.
  return ids.map((id) => moves.reduce((at, moved) => moved.get(at) ?? at, id));
}
