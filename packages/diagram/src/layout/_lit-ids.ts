import { drawnIds, elementsOf, type Cluster, type SimplifyOptions } from '@kubegram/model';

/**
 * The boxes to light for the ids a reader asked to highlight: the element the picture's
 * simplification drew in place of each (`web ×3` for any of its replicas, `pool ×N` for any node of
 * the pool), and for a pod the layout collapsed into its node's "+N pods" box, that box.
 */
export function litIds(cluster: Cluster, ids: readonly string[], options: SimplifyOptions, drawn: ReadonlyMap<string, unknown>): string[] {
  if (ids.length === 0) return [];
  const mapped = drawnIds(cluster, ids, options);
  if (mapped.every((id) => drawn.has(id))) return mapped;
  // The node of each pod (or of the pod around a container) whose box is not drawn.
  const byId = new Map(elementsOf(cluster).map((e) => [e.id, e]));
  const nodeOf = mapped.map((id, i) => {
    if (drawn.has(id)) return undefined;
    let e = byId.get(ids[i]!);
    while (e && e.kind !== 'pod') e = e.parent === undefined ? undefined : byId.get(e.parent);
    return e?.parent;
  });
  const nodes = drawnIds(cluster, nodeOf.filter((n) => n !== undefined), options);
  return mapped.map((id, i) => {
    if (nodeOf[i] === undefined) return id;
    const more = `${nodes.shift()!}~more`;
    return drawn.has(more) ? more : id;
  });
}
