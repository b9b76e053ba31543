import type { ClusterSpec } from '@kubegram/model';

/**
 * The spec with only the pods, workloads, services and ingresses of the namespaces asked for. The
 * nodes and their components stay: the control plane is found from system pods before this runs.
 */
export function filterSpecNamespaces(spec: ClusterSpec, include: readonly string[], exclude: readonly string[], notes: string[]): ClusterSpec {
  if (include.length === 0 && exclude.length === 0) return spec;
  const keeps = (ns: string | undefined) => (include.length === 0 || include.includes(ns ?? 'default')) && !exclude.includes(ns ?? 'default');
  let left = 0;
  const count = <T extends { namespace?: string | undefined }>(list: readonly T[] | undefined): T[] | undefined => {
    if (list === undefined) return undefined;
    const kept = list.filter((o) => keeps(o.namespace));
    left += list.length - kept.length;
    return kept;
  };
  const nodes = spec.nodes.map((n) => (n.pods === undefined ? n : { ...n, pods: count(n.pods)! }));
  const out: ClusterSpec = { ...spec, nodes };
  const workloads = count(spec.workloads);
  const services = count(spec.services);
  const ingresses = count(spec.ingresses);
  if (workloads !== undefined) out.workloads = workloads;
  if (services !== undefined) out.services = services;
  if (ingresses !== undefined) out.ingresses = ingresses;
  if (spec.namespaces !== undefined) out.namespaces = spec.namespaces.filter((ns) => keeps(ns.id));
  if (left > 0) notes.push(`left out ${left} object(s) of namespaces not asked for (${include.length > 0 ? `kept ${include.join(', ')}` : `left out ${exclude.join(', ')}`})`);
  return out;
}
