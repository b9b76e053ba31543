import { defineCluster } from '@kubegram/model';

/**
 * The cluster the Architecture lessons draw: a small shop on AWS with one control-plane node and two
 * worker nodes running its pods (the `web` Deployment of the kubectl lesson among them), kubectl,
 * the external load balancer and the AWS API.
 */
export default defineCluster({
  id: 'course',
  label: 'Kubernetes cluster',
  description: 'One control-plane node manages two worker nodes that run the application pods.',
  cloud: { provider: 'aws', region: 'eu-central-1' },
  nodes: [
    { id: 'control-plane', label: 'Control-plane node', role: 'control-plane', capacity: { cpu: 2, memory: '8Gi' } },
    {
      id: 'worker-1',
      label: 'Worker node 1',
      role: 'worker',
      capacity: { cpu: 8, memory: '32Gi', pods: 110 },
      pods: [
        { id: 'web-1', workload: 'web', phase: 'Running', containers: [{ id: 'web-1-nginx', label: 'nginx', image: 'nginx:1.27', ports: [80] }] },
        {
          id: 'shop-api-1',
          workload: 'shop-api',
          phase: 'Running',
          containers: [
            { id: 'shop-api-1-app', label: 'shop-api', image: 'example/shop-api:3.2', ports: [8080] },
            { id: 'shop-api-1-proxy', label: 'tls-sidecar', image: 'envoyproxy/envoy:v1.31' },
          ],
        },
      ],
    },
    {
      id: 'worker-2',
      label: 'Worker node 2',
      role: 'worker',
      capacity: { cpu: 8, memory: '32Gi', pods: 110 },
      pods: [
        { id: 'web-2', workload: 'web', phase: 'Running', containers: [{ id: 'web-2-nginx', label: 'nginx', image: 'nginx:1.27', ports: [80] }] },
        {
          id: 'cache-0',
          workload: 'cache',
          phase: 'Running',
          containers: [{ id: 'cache-0-redis', label: 'redis', image: 'redis:7.4', ports: [6379] }],
          volumes: [{ id: 'cache-0-data', type: 'persistentVolumeClaim' }],
        },
      ],
    },
  ],
  workloads: [
    { id: 'web', label: 'web', kind: 'Deployment', replicas: { desired: 3, current: 2 } },
    { id: 'shop-api', label: 'shop-api', kind: 'Deployment', replicas: { desired: 1, current: 1 } },
    { id: 'cache', label: 'cache', kind: 'StatefulSet', replicas: { desired: 1, current: 1 } },
  ],
  actors: [
    { id: 'kubectl', kind: 'kubectl' },
    { id: 'load-balancer', kind: 'load-balancer', label: 'External load balancer' },
    { id: 'aws-api', kind: 'cloud-provider', label: 'AWS API' },
  ],
});
