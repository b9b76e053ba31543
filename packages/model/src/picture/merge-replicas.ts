import type { Cluster } from '../cluster.js';
import type { Node } from '../node.js';
import type { Pod } from '../pod.js';
import { podIds, remapRelations, type Moved } from './_remap.js';

/** Options of `mergeReplicas`. */
export interface MergeReplicasOptions {
  /** Workloads (by id) whose replicas stay apart; `true` keeps every one apart. */
  expand?: readonly string[] | boolean;
}

/**
 * The cluster with the replicas of one workload on one node drawn once: the first pod, labelled
 * `web ×3`, stands for those in the same phase and readiness (so a pending replica stays apart).
 * The same cluster when nothing merges.
 */
export function mergeReplicas(cluster: Cluster, options: MergeReplicasOptions = {}): Cluster {
  return mergeReplicasMoved(cluster, options).cluster;
}

/** `mergeReplicas`, and where each merged-away id is drawn now. */
export function mergeReplicasMoved(cluster: Cluster, options: MergeReplicasOptions = {}): Moved {
  const moved = new Map<string, string>();
  if (options.expand === true) return { cluster, moved };
  const expand = new Set(Array.isArray(options.expand) ? options.expand : []);
  const labels = new Map(cluster.workloads.map((w) => [w.id, w.label]));
  let changed = false;
  const nodes = cluster.nodes.map((n) => {
    const merged = mergeNode(n, expand, labels, moved);
    if (merged !== n) changed = true;
    return merged;
  });
  return { cluster: changed ? { ...cluster, nodes, relations: remapRelations(cluster.relations, moved) } : cluster, moved };
}

function mergeNode(n: Node, expand: ReadonlySet<string>, labels: ReadonlyMap<string, string>, moved: Map<string, string>): Node {
  const groups = new Map<string, Pod[]>();
  for (const p of n.pods) {
    if (p.workload === undefined || expand.has(p.workload)) continue;
    const key = `${p.workload}\u0000${p.namespace ?? 'default'}\u0000${p.phase ?? ''}\u0000${String(p.ready)}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const stands = new Map<Pod, Pod>();
  const gone = new Set<Pod>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const first = list[0]!;
    const name = labels.get(first.workload!) ?? first.workload!;
    stands.set(first, { ...first, label: `${name} ×${list.length}`, description: `${list.length} replicas of ${name} on ${n.label}, drawn as one: ${list.map((p) => p.label).join(', ')}.` });
    for (const p of list.slice(1)) {
      gone.add(p);
      // A container moves to the one at its place in the pod drawn instead, else to that pod.
      moved.set(p.id, first.id);
      p.containers.forEach((c, i) => moved.set(c.id, first.containers[i]?.id ?? first.id));
      for (const id of podIds(p).slice(1 + p.containers.length)) moved.set(id, first.id);
    }
  }
  if (stands.size === 0) return n;
  return { ...n, pods: n.pods.filter((p) => !gone.has(p)).map((p) => stands.get(p) ?? p) };
}
