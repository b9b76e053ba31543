import type { Cluster } from '../cluster.js';
import type { Relation } from '../relation.js';

/** A transform's cluster, and the element drawn in place of each id it merged or folded away. */
export interface Moved {
  cluster: Cluster;
  moved: ReadonlyMap<string, string>;
}

/**
 * The author's relations after elements were merged or dropped: an end in `moved` goes to the
 * element drawn in its place, an end in `dropped` takes the relation with it; a relation that now
 * starts where it ends, or repeats an earlier one, is left out.
 */
export function remapRelations(relations: readonly Relation[], moved: ReadonlyMap<string, string>, dropped: ReadonlySet<string> = new Set()): Relation[] {
  if (moved.size === 0 && dropped.size === 0) return relations as Relation[];
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const r of relations) {
    if (dropped.has(r.from) || dropped.has(r.to)) continue;
    const from = moved.get(r.from) ?? r.from;
    const to = moved.get(r.to) ?? r.to;
    const key = `${r.kind}\u0000${from}\u0000${to}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    out.push(from === r.from && to === r.to ? r : { ...r, from, to });
  }
  return out;
}

/** Every id a pod carries: its own and its containers', init containers' and volumes'. */
export function podIds(pod: { id: string; containers: readonly { id: string }[]; initContainers?: readonly { id: string }[] | undefined; volumes?: readonly { id: string }[] | undefined }): string[] {
  return [pod.id, ...pod.containers.map((c) => c.id), ...(pod.initContainers ?? []).map((c) => c.id), ...(pod.volumes ?? []).map((v) => v.id)];
}
