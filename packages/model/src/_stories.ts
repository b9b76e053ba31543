import type { FlowStep } from './views.js';

// What happens after `kubectl apply` of a Deployment, in the order it really happens.
export const REQUEST_FLOW: readonly FlowStep[] = [
  { from: 'kubectl', to: 'apiserver', message: 'apply Deployment (HTTPS request)' },
  { from: 'apiserver', to: 'etcd', message: 'authenticate, admit, store Deployment' },
  { from: 'apiserver', to: 'kubectl', message: 'created', reply: true },
  { from: 'controller-manager', to: 'apiserver', message: 'watch: new Deployment; create ReplicaSet' },
  { from: 'apiserver', to: 'etcd', message: 'store ReplicaSet' },
  { from: 'controller-manager', to: 'apiserver', message: 'watch: new ReplicaSet; create Pods' },
  { from: 'apiserver', to: 'etcd', message: 'store Pods (no node yet)' },
  { from: 'scheduler', to: 'apiserver', message: 'watch: unscheduled Pod; bind it to a node' },
  { from: 'apiserver', to: 'etcd', message: 'store binding' },
  { from: 'kubelet', to: 'apiserver', message: 'watch: Pod bound to my node' },
  { from: 'kubelet', to: 'container-runtime', message: 'CRI: run pod sandbox, pull image, start containers' },
  { from: 'container-runtime', to: 'kubelet', message: 'containers running', reply: true },
  { from: 'kubelet', to: 'apiserver', message: 'update Pod status: Running' },
  { from: 'apiserver', to: 'etcd', message: 'store Pod status' },
];

// A controller's loop: observe, compare, act, forever.
export const RECONCILE: readonly FlowStep[] = [
  { from: 'controller-manager', to: 'apiserver', message: 'observe: watch desired and current state' },
  { from: 'apiserver', to: 'etcd', message: 'read spec and status' },
  { from: 'controller-manager', to: 'controller-manager', message: 'compare: desired replicas vs current replicas' },
  { from: 'controller-manager', to: 'apiserver', message: 'act: create or delete Pods to close the gap' },
  { from: 'scheduler', to: 'apiserver', message: 'bind new Pods to nodes' },
  { from: 'kubelet', to: 'apiserver', message: 'start them and report status' },
];
