import type { Cluster } from '../cluster.js';
import { filterNamespaces } from './filter-namespaces.js';
import { foldSystemNamespacesMoved } from './fold-system-namespaces.js';
import { groupNodePoolsMoved } from './group-node-pools.js';
import { mergeReplicasMoved } from './merge-replicas.js';
import type { SimplifyOptions } from './simplify-cluster.js';

/** The simplified cluster, and each step's record of where the ids it merged or folded away went, in order. */
export interface Simplified {
  cluster: Cluster;
  moves: ReadonlyMap<string, string>[];
}

/** The steps of `simplifyCluster`, keeping what each one moved. */
export function simplifyMoved(cluster: Cluster, options: SimplifyOptions): Simplified {
  const moves: ReadonlyMap<string, string>[] = [];
  const step = (r: { cluster: Cluster; moved: ReadonlyMap<string, string> }) => {
    if (r.moved.size > 0) moves.push(r.moved);
    return r.cluster;
  };
  let c = filterNamespaces(cluster, { include: options.namespaces ?? [], exclude: options.excludeNamespaces ?? [] });
  if (options.groupNodes !== undefined && options.groupNodes !== false) c = step(groupNodePoolsMoved(c, { threshold: options.groupNodes }));
  if (options.systemNamespaces !== 'show') c = step(foldSystemNamespacesMoved(c, { keep: options.namespaces ?? [] }));
  if (options.mergeReplicas === true) c = step(mergeReplicasMoved(c, { expand: options.expand ?? [] }));
  return { cluster: c, moves };
}
