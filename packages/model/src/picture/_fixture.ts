import type { Cluster } from '../cluster.js';
import { parseCluster } from '../parse.js';

/** Parses a spec for a test, failing loudly on problems. */
export function cluster(spec: unknown): Cluster {
  const r = parseCluster(spec);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
}

const pod = (id: string, workload: string | undefined, extra: Record<string, unknown> = {}) => ({ id, ...(workload ? { workload } : {}), phase: 'Running', containers: [{ id: `${id}-c`, image: `example/${workload ?? id}:1` }], ...extra });

/** A small real-looking cluster: a pool of four workers running web replicas, system pods on each, one cordoned node. */
export function poolCluster(): Cluster {
  const worker = (n: number, extra: Record<string, unknown> = {}) => ({
    id: `w${n}`,
    role: 'worker',
    pool: 'general',
    instanceType: 'm5.large',
    pods: [
      pod(`web-${n}a`, 'web', { labels: { app: 'web' } }),
      pod(`web-${n}b`, 'web', { labels: { app: 'web' } }),
      pod(`proxy-${n}`, undefined, { namespace: 'kube-system' }),
      pod(`dns-${n}`, 'coredns', { namespace: 'kube-system' }),
    ],
    ...extra,
  });
  return cluster({
    id: 'real',
    nodes: [{ id: 'cp', role: 'control-plane' }, worker(1), worker(2), worker(3), worker(4), worker(5, { cordoned: true })],
    workloads: [
      { id: 'web', kind: 'Deployment', replicas: { desired: 10, current: 10 } },
      { id: 'coredns', kind: 'Deployment', namespace: 'kube-system', replicas: { desired: 5, current: 5 } },
    ],
    services: [{ id: 'web-svc', name: 'web', selector: { app: 'web' }, ports: [{ port: 80 }] }, { id: 'dns', name: 'kube-dns', namespace: 'kube-system', selector: { k: 'v' } }],
    actors: [{ id: 'lb', kind: 'load-balancer' }],
    relations: [{ from: 'lb', to: 'web-2b', kind: 'custom' }, { from: 'web-3a', to: 'dns-4', kind: 'custom' }],
  });
}
