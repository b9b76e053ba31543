import type { Cluster } from '../cluster.js';
import { podIds, remapRelations } from './_remap.js';

/** Which namespaces `filterNamespaces` keeps. */
export interface NamespaceFilter {
  /** Keep only these namespaces; every namespace when absent or empty. */
  include?: readonly string[];
  /** Leave these namespaces out. */
  exclude?: readonly string[];
}

/**
 * The cluster with only the pods, workloads, services and ingresses of the namespaces asked for;
 * the nodes stay. The same cluster when nothing is filtered.
 */
export function filterNamespaces(cluster: Cluster, filter: NamespaceFilter): Cluster {
  // Nearly every picture filters nothing: it is known before any set is built.
  if ((filter.include ?? []).length === 0 && (filter.exclude ?? []).length === 0) return cluster;
  const include = new Set(filter.include ?? []);
  const exclude = new Set(filter.exclude ?? []);
  const keeps = (ns: string | undefined) => (include.size === 0 || include.has(ns ?? 'default')) && !exclude.has(ns ?? 'default');
  const dropped = new Set<string>();
  const keepOr = <T extends { id: string; namespace?: string | undefined }>(o: T, ids: () => string[]) => {
    if (keeps(o.namespace)) return true;
    for (const id of ids()) dropped.add(id);
    return false;
  };
  const nodes = cluster.nodes.map((n) => {
    const pods = n.pods.filter((p) => keepOr(p, () => podIds(p)));
    return pods.length === n.pods.length ? n : { ...n, pods };
  });
  const out: Cluster = {
    ...cluster,
    nodes,
    workloads: cluster.workloads.filter((w) => keepOr(w, () => [w.id])),
    relations: [],
  };
  if (cluster.namespaces !== undefined) out.namespaces = cluster.namespaces.filter((ns) => keeps(ns.id));
  if (cluster.services !== undefined) out.services = cluster.services.filter((s) => keepOr(s, () => [s.id]));
  if (cluster.ingresses !== undefined) out.ingresses = cluster.ingresses.filter((g) => keepOr(g, () => [g.id]));
  out.relations = remapRelations(cluster.relations, new Map(), dropped);
  return out;
}
