import type { Cluster } from './cluster.js';
import type { Pod } from './pod.js';
import type { Service } from './service.js';

/**
 * The pods a service sends traffic to: those of its namespace whose labels include every pair of
 * its selector. None for a service without a selector (its endpoints are kept by hand).
 */
export function servicePods(cluster: Cluster, service: Service): Pod[] {
  const selector = Object.entries(service.selector ?? {});
  if (selector.length === 0) return [];
  const namespace = service.namespace ?? 'default';
  return cluster.nodes.flatMap((n) => n.pods.filter((p) => (p.namespace ?? 'default') === namespace && selector.every(([k, v]) => p.labels?.[k] === v)));
}
