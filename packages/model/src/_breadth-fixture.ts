import type { ClusterSpec } from './spec.js';

/** A small shop: namespaces, a labelled web pod with an init container and a sidecar, a tainted node, services and an ingress. */
export const shopSpec = (): ClusterSpec => ({
  id: 'shop',
  namespaces: [{ id: 'default' }, { id: 'shop' }],
  nodes: [
    { id: 'cp', role: 'control-plane' },
    {
      id: 'w1',
      role: 'worker',
      os: 'linux',
      arch: 'arm64',
      instanceType: 'm7g.large',
      zone: 'eu-west-1a',
      cordoned: false,
      taints: [{ key: 'dedicated', value: 'shop', effect: 'NoSchedule' }],
      pods: [
        {
          id: 'web-1',
          namespace: 'shop',
          workload: 'web',
          phase: 'Running',
          ready: true,
          labels: { app: 'web' },
          initContainers: [{ image: 'busybox:1.36' }],
          containers: [{ image: 'envoyproxy/envoy:v1.31', sidecar: true }, { image: 'nginx:1.27', ports: [80] }],
        },
      ],
    },
  ],
  workloads: [
    { id: 'web', kind: 'Deployment', namespace: 'shop', replicas: { desired: 1, current: 1, ready: 1 } },
    { id: 'report', kind: 'CronJob', namespace: 'shop', schedule: '0 3 * * *', replicas: { desired: 1, current: 0 } },
  ],
  services: [
    { id: 'web-svc', name: 'web', namespace: 'shop', type: 'LoadBalancer', selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 80, nodePort: 30080 }], loadBalancer: [{ hostname: 'a1.elb.amazonaws.com' }] },
    { id: 'web-headless', namespace: 'shop', headless: true, selector: { app: 'web' }, ports: [{ port: 80 }] },
  ],
  ingresses: [{ id: 'shop-ingress', namespace: 'shop', className: 'nginx', rules: [{ host: 'shop.example.com', path: '/', service: 'web', port: 'http' }] }],
});
