import type { Cluster } from '../cluster.js';
import type { Node } from '../node.js';
import { remapRelations, type Moved } from './_remap.js';

/** Options of `groupNodePools`. */
export interface GroupNodePoolsOptions {
  /** A pool with more nodes than this is drawn as one node; 3 by default. */
  threshold?: number;
}

/**
 * What makes nodes one pool: the same role and the same pool label, or, without one, the same
 * instance type. A cordoned or tainted node stays on its own, so its trouble shows.
 */
function poolKey(n: Node): string | undefined {
  if (n.cordoned === true || (n.taints ?? []).some((t) => t.effect !== 'PreferNoSchedule' && t.key !== 'node-role.kubernetes.io/control-plane')) return undefined;
  if (n.pool !== undefined) return `${n.role}\u0000pool\u0000${n.pool}`;
  return n.instanceType === undefined ? undefined : `${n.role}\u0000type\u0000${n.instanceType}`;
}

/**
 * The cluster with each large node pool drawn as one node, `pool ×N`: the first node of the pool
 * with the pods of all of them, in its place. The same cluster when no pool is larger than the
 * threshold.
 */
export function groupNodePools(cluster: Cluster, options: GroupNodePoolsOptions = {}): Cluster {
  return groupNodePoolsMoved(cluster, options).cluster;
}

/** `groupNodePools`, and where each grouped-away node and component is drawn now. */
export function groupNodePoolsMoved(cluster: Cluster, options: GroupNodePoolsOptions = {}): Moved {
  const threshold = options.threshold ?? 3;
  if (!Number.isInteger(threshold) || threshold < 1) throw new Error(`groupNodePools: options.threshold is ${String(threshold)}: expected a whole number of at least 1 (for example 3)`);
  const pools = new Map<string, Node[]>();
  for (const n of cluster.nodes) {
    const key = poolKey(n);
    if (key === undefined) continue;
    const list = pools.get(key);
    if (list) list.push(n);
    else pools.set(key, [n]);
  }
  const groups = [...pools.values()].filter((list) => list.length > threshold);
  const moved = new Map<string, string>();
  if (groups.length === 0) return { cluster, moved };
  const stands = new Map<Node, Node>();
  const gone = new Set<Node>();
  for (const list of groups) {
    const first = list[0]!;
    const byKind = new Map(first.components.map((c) => [c.kind, c.id]));
    for (const n of list.slice(1)) {
      gone.add(n);
      moved.set(n.id, first.id);
      for (const c of n.components) moved.set(c.id, byKind.get(c.kind) ?? first.id);
    }
    const name = first.pool ?? first.instanceType ?? first.role;
    // One node's capacity would understate the pool's.
    const rest: Node = { ...first };
    delete rest.capacity;
    stands.set(first, {
      ...rest,
      label: `${name} ×${list.length}`,
      description: `${list.length} ${first.role} nodes of ${first.pool === undefined ? `instance type ${name}` : `pool ${name}`}, drawn as one: ${list.slice(0, 5).map((n) => n.label).join(', ')}${list.length > 5 ? ', …' : ''}.`,
      pods: list.flatMap((n) => n.pods),
    });
  }
  const nodes = cluster.nodes.filter((n) => !gone.has(n)).map((n) => stands.get(n) ?? n);
  return { cluster: { ...cluster, nodes, relations: remapRelations(cluster.relations, moved) }, moved };
}
