import { definePreset } from '../_preset.js';

/**
 * A single-node cluster as kind or minikube run it on a laptop: one node that is both control
 * plane and worker, no cloud, so no cloud-controller-manager.
 */
export const local = definePreset({
  id: 'local',
  label: 'Local cluster (kind)',
  description: 'A one-node cluster on a laptop, as kind or minikube create it: the control plane and the workloads share one node.',
  nodes: [
    {
      id: 'kind-control-plane',
      label: 'kind-control-plane',
      role: 'control-plane',
      schedulable: true,
      capacity: { cpu: 4, memory: '8Gi', pods: 110 },
      pods: [
        { id: 'hello-1', workload: 'hello', phase: 'Running', containers: [{ id: 'hello-1-app', label: 'hello', image: 'example/hello:1.0', ports: [8080] }] },
        { id: 'hello-2', workload: 'hello', phase: 'Running', containers: [{ id: 'hello-2-app', label: 'hello', image: 'example/hello:1.0', ports: [8080] }] },
      ],
    },
  ],
  workloads: [{ id: 'hello', kind: 'Deployment', replicas: { desired: 2, current: 2 } }],
  actors: [{ id: 'kubectl', kind: 'kubectl' }],
});
