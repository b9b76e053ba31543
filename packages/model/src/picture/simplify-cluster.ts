import type { Cluster } from '../cluster.js';
import { simplifyMoved } from './_simplify.js';

/** How a real cluster is drawn readably; every field left out changes nothing but the system namespaces, which fold. */
export interface SimplifyOptions {
  /** Only these namespaces (repeatable on the command line); every one when absent or empty. */
  namespaces?: readonly string[];
  /** Leave these namespaces out. */
  excludeNamespaces?: readonly string[];
  /** `fold` (the default) draws the system namespaces' pods as one pod per node; `show` draws them all. A system namespace asked for in `namespaces` is shown. */
  systemNamespaces?: 'fold' | 'show';
  /** A node pool with more nodes than this is drawn as one node; `false` (the default) draws every node. */
  groupNodes?: number | false;
  /** Draw the replicas of one workload on one node once, as `web ×3`. */
  mergeReplicas?: boolean;
  /** With `mergeReplicas`: workloads (by id) whose replicas stay apart. */
  expand?: readonly string[];
}

/**
 * The cluster as it is drawn: namespaces filtered, large node pools grouped, system namespaces
 * folded, then replicas merged (after grouping, so the pods of a whole pool fold and merge). The same
 * cluster when nothing applies.
 */
export function simplifyCluster(cluster: Cluster, options: SimplifyOptions = {}): Cluster {
  return simplifyMoved(cluster, options).cluster;
}
