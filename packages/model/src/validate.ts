import type { Cluster } from './cluster.js';
import { CLUSTER_RULES } from './_cluster-rules.js';
import { elementsOf, type ClusterElement } from './elements.js';
import type { Problem } from './problem.js';

/**
 * The rules a well-formed cluster obeys beyond its shape. Returns every problem found, errors and
 * warnings, in model order.
 */
export function validateCluster(cluster: Cluster): Problem[] {
  const elements = elementsOf(cluster);
  const byId = new Map<string, ClusterElement>();
  for (const el of elements) if (!byId.has(el.id)) byId.set(el.id, el);
  return CLUSTER_RULES.flatMap((rule) => rule({ cluster, elements, byId }));
}
