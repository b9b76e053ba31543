import { parseCluster, type Cluster } from '@kubegram/model';

const POOLS = ['general', 'compute', 'memory', 'spot'] as const;
const APPS = 40;

/**
 * A generated cluster shaped like a large managed one: three control-plane nodes, `workers` nodes
 * in four node groups, two application replicas and two DaemonSet pods of kube-system on each, a
 * service per application, a few cordoned and tainted nodes, and a pending and a failed pod.
 */
export function realCluster(workers: number): Cluster {
  const pod = (id: string, app: string, namespace: string, extra: Record<string, unknown> = {}) => ({
    id,
    workload: app,
    namespace,
    phase: 'Running',
    labels: { app },
    containers: [{ id: `${id}-c`, label: app, image: `example/${app}:1.0` }],
    ...extra,
  });
  const nodes = Array.from({ length: workers }, (_, w) => ({
    id: `w${w}`,
    role: 'worker',
    pool: POOLS[w % POOLS.length],
    instanceType: 'm5.xlarge',
    ...(w === 7 ? { cordoned: true } : {}),
    ...(w === 11 ? { taints: [{ key: 'dedicated', value: 'batch', effect: 'NoSchedule' }] } : {}),
    pods: [
      pod(`w${w}-a`, `app-${w % APPS}`, 'shop', w === 5 ? { phase: 'Pending' } : {}),
      pod(`w${w}-b`, `app-${(w * 7 + 3) % APPS}`, 'shop', w === 9 ? { phase: 'Failed' } : {}),
      pod(`w${w}-proxy`, 'kube-proxy', 'kube-system'),
      pod(`w${w}-cni`, 'aws-node', 'kube-system'),
    ],
  }));
  const apps = Array.from({ length: APPS }, (_, i) => `app-${i}`);
  const r = parseCluster({
    id: `real-${workers}`,
    cloud: { provider: 'aws' },
    nodes: [1, 2, 3].map((n) => ({ id: `cp-${n}`, role: 'control-plane' })).concat(nodes as never[]),
    workloads: [
      ...apps.map((id) => ({ id, kind: 'Deployment', namespace: 'shop', replicas: { desired: 50, current: 50 } })),
      { id: 'kube-proxy', kind: 'DaemonSet', namespace: 'kube-system', replicas: { desired: workers, current: workers } },
      { id: 'aws-node', kind: 'DaemonSet', namespace: 'kube-system', replicas: { desired: workers, current: workers } },
    ],
    services: apps.slice(0, 4).map((app) => ({ id: `${app}-svc`, name: app, namespace: 'shop', selector: { app }, ports: [{ port: 80, targetPort: 8080 }] })),
    ingresses: [{ id: 'shop', namespace: 'shop', rules: [{ path: '/', service: 'app-0' }] }],
    actors: [{ id: 'kubectl', kind: 'kubectl' }, { id: 'lb', kind: 'load-balancer' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.cluster;
}

/**
 * A generated cluster with many services: `services` Deployments of two replicas on `workers`
 * workers, a Service selecting each (every seventh a LoadBalancer), and the load balancer in front.
 */
export function servicesCluster(services: number, workers = 4): Cluster {
  const apps = Array.from({ length: services }, (_, i) => `app-${i}`);
  const pods = (w: number) =>
    apps
      .filter((_, i) => i % workers === w || (i + 1) % workers === w)
      .map((app) => ({ id: `${app}-${w}`, workload: app, namespace: 'shop', labels: { app }, containers: [{ id: `${app}-${w}-c`, image: `example/${app}:1.0` }] }));
  const r = parseCluster({
    id: `services-${services}`,
    nodes: [{ id: 'cp', role: 'control-plane' }, ...Array.from({ length: workers }, (_, w) => ({ id: `w${w}`, role: 'worker', pods: pods(w) }))],
    workloads: apps.map((id) => ({ id, kind: 'Deployment', namespace: 'shop', replicas: { desired: 2, current: 2 } })),
    services: apps.map((app, i) => ({ id: `${app}-svc`, name: app, namespace: 'shop', ...(i % 7 === 0 ? { type: 'LoadBalancer' } : {}), selector: { app }, ports: [{ port: 80, targetPort: 8080 }] })),
    actors: [{ id: 'kubectl', kind: 'kubectl' }, { id: 'lb', kind: 'load-balancer' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return r.cluster;
}
