import { defineCluster } from '@kubegram/model';

/**
 * The cluster the Architecture lessons draw: one control-plane node in a cloud, two worker nodes
 * running pods, kubectl, the external load balancer and the cloud provider's API.
 */
export default defineCluster({
  id: 'course',
  label: 'Kubernetes cluster',
  description: 'One control-plane node manages two worker nodes that run the application pods.',
  cloud: { provider: 'cloud' },
  nodes: [
    { id: 'control-plane', label: 'Control-plane node', role: 'control-plane', capacity: { cpu: 2, memory: '4Gi' } },
    {
      id: 'worker-1',
      label: 'Worker node 1',
      role: 'worker',
      capacity: { cpu: 4, memory: '16Gi', pods: 110 },
      pods: [
        {
          id: 'web-1',
          workload: 'web',
          phase: 'Running',
          containers: [
            { id: 'web-1-nginx', label: 'nginx', image: 'nginx:1.27', ports: [80] },
            { id: 'web-1-logs', label: 'log-shipper', image: 'fluent/fluent-bit:3.1' },
          ],
        },
        { id: 'api-1', workload: 'api', phase: 'Running', containers: [{ id: 'api-1-app', label: 'api', image: 'example/api:2.4', ports: [8080] }] },
      ],
    },
    {
      id: 'worker-2',
      label: 'Worker node 2',
      role: 'worker',
      capacity: { cpu: 4, memory: '16Gi', pods: 110 },
      pods: [
        { id: 'web-2', workload: 'web', phase: 'Running', containers: [{ id: 'web-2-nginx', label: 'nginx', image: 'nginx:1.27', ports: [80] }] },
        {
          id: 'db-0',
          workload: 'db',
          phase: 'Running',
          containers: [{ id: 'db-0-postgres', label: 'postgres', image: 'postgres:17', ports: [5432] }],
          volumes: [{ id: 'db-0-data', type: 'persistentVolumeClaim' }],
        },
      ],
    },
  ],
  workloads: [
    { id: 'web', label: 'web', kind: 'Deployment', replicas: { desired: 10, current: 5 } },
    { id: 'api', label: 'api', kind: 'Deployment', replicas: { desired: 1, current: 1 } },
    { id: 'db', label: 'db', kind: 'StatefulSet', replicas: { desired: 1, current: 1 } },
  ],
  actors: [
    { id: 'kubectl', kind: 'kubectl' },
    { id: 'load-balancer', kind: 'load-balancer', label: 'External load balancer' },
    { id: 'cloud-provider-api', kind: 'cloud-provider', label: 'Cloud provider API' },
  ],
});
