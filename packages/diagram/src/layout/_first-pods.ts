import type { Cluster } from '@kubegram/model';

/** What a node leaves unlisted: its pods past the first ones, and their containers. */
export interface Unlisted {
  pods: number;
  containers: number;
}

/** A cluster whose nodes list only their first pods, and what each node left unlisted. */
export interface FirstPods {
  cluster: Cluster;
  unlisted: ReadonlyMap<string, Unlisted>;
}

/**
 * The cluster with at most `keep` pods listed on each node, and what is left of each node: a
 * layout that collapses every pod past the `keep`-th into one "+N pods" box needs no more, and a
 * grouped pool of thousands of nodes then costs its first pods, not all of them.
 */
export function firstPods(cluster: Cluster, keep: number): FirstPods {
  const unlisted = new Map<string, Unlisted>();
  if (!cluster.nodes.some((n) => n.pods.length > keep)) return { cluster, unlisted };
  const nodes = cluster.nodes.map((n) => {
    if (n.pods.length <= keep) return n;
    const rest = n.pods.slice(keep);
    unlisted.set(n.id, { pods: rest.length, containers: rest.reduce((sum, p) => sum + p.containers.length, 0) });
    return { ...n, pods: n.pods.slice(0, keep) };
  });
  return { cluster: { ...cluster, nodes }, unlisted };
}
