import { definePreset } from '../_preset.js';

const controlPlane = (n: number) =>
  ({ id: `cp-${n}`, label: `control-plane ${n}`, role: 'control-plane', capacity: { cpu: 4, memory: '8Gi' } }) as const;

const worker = (n: number, apps: readonly string[]) => ({
  id: `worker-${n}`,
  label: `worker ${n}`,
  role: 'worker' as const,
  capacity: { cpu: 8, memory: '32Gi', pods: 110 },
  pods: apps.map((app) => ({
    id: `${app}-${n}`,
    workload: app,
    phase: 'Running' as const,
    ready: true,
    labels: { app },
    containers: [{ id: `${app}-${n}-main`, label: app, image: `example/${app}:1.0` }],
  })),
});

/**
 * A highly available cluster on a cloud: three control-plane nodes with stacked etcd (a quorum of
 * two out of three), a cloud-controller-manager on each, and four workers; an ingress routes to
 * the web and api services in front of their pods.
 */
export const haCloud = definePreset({
  id: 'ha-cloud',
  label: 'HA cluster on AWS',
  description: 'A highly available cluster on AWS: three control-plane nodes with stacked etcd and four worker nodes.',
  cloud: { provider: 'aws', region: 'eu-west-1' },
  nodes: [
    controlPlane(1),
    controlPlane(2),
    controlPlane(3),
    worker(1, ['web', 'api']),
    worker(2, ['web', 'api']),
    worker(3, ['web', 'queue']),
    worker(4, ['web']),
  ],
  workloads: [
    { id: 'web', kind: 'Deployment', replicas: { desired: 4, current: 4 } },
    { id: 'api', kind: 'Deployment', replicas: { desired: 3, current: 2 } },
    { id: 'queue', kind: 'Deployment', replicas: { desired: 1, current: 1 } },
  ],
  services: [
    { id: 'web-svc', name: 'web', type: 'ClusterIP', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
    { id: 'api-svc', name: 'api', type: 'ClusterIP', selector: { app: 'api' }, ports: [{ name: 'http', port: 8080 }] },
    { id: 'queue-svc', name: 'queue', type: 'ClusterIP', headless: true, selector: { app: 'queue' }, ports: [{ port: 5672 }] },
  ],
  ingresses: [
    {
      id: 'shop',
      className: 'nginx',
      rules: [
        { host: 'shop.example.com', path: '/', service: 'web', port: 'http' },
        { host: 'shop.example.com', path: '/api', service: 'api', port: 8080 },
      ],
    },
  ],
  actors: [
    { id: 'kubectl', kind: 'kubectl' },
    { id: 'load-balancer', kind: 'load-balancer', label: 'AWS load balancer' },
    { id: 'aws-api', kind: 'cloud-provider', label: 'AWS API' },
  ],
});
