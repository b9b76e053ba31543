import { definePreset } from '../_preset.js';

/**
 * The cluster of the course's architecture lesson: one control-plane node, two workers running
 * pods, kubectl, an external load balancer, and the cloud provider the cluster runs on.
 */
export const course = definePreset({
  id: 'course',
  label: 'Kubernetes cluster',
  description:
    'A Kubernetes cluster: one control-plane node manages two worker nodes that run the application pods.',
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
            { id: 'web-1-nginx', label: 'nginx', image: 'nginx:1.27', ports: [80], requests: { cpu: '250m', memory: '128Mi' } },
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
        { id: 'web-2', workload: 'web', phase: 'Running', containers: [{ id: 'web-2-nginx', label: 'nginx', image: 'nginx:1.27', ports: [80], requests: { cpu: '250m', memory: '128Mi' } }] },
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
    { id: 'load-balancer', kind: 'load-balancer' },
    { id: 'cloud-provider-api', kind: 'cloud-provider', label: 'Cloud provider API' },
  ],
});
