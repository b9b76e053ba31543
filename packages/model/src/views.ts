import { RECONCILE, REQUEST_FLOW } from './_stories.js';
import type { ElementKind } from './element-kinds.js';
import type { RelationKind } from './relation.js';

/** The names of the views every cluster can be drawn in. */
export const VIEW_NAMES = ['overview', 'control-plane', 'worker', 'request-flow', 'reconcile', 'networking', 'workloads'] as const;
/** The name of a view. */
export type ViewName = (typeof VIEW_NAMES)[number];

/** The participant roles of the stories, in the order they stand: the request travels from the user inwards. */
export const FLOW_ROLES = ['kubectl', 'apiserver', 'etcd', 'controller-manager', 'scheduler', 'kubelet', 'container-runtime'] as const;
/** A participant role in the request-flow and reconcile stories. */
export type FlowRole = (typeof FLOW_ROLES)[number];

/** One message in a story: who sends what to whom; `reply` marks an answer to an earlier call. */
export interface FlowStep {
  from: FlowRole;
  to: FlowRole;
  message: string;
  reply?: boolean;
}

/** A named view, as data: the part of the cluster it selects and the story it tells; how it is drawn is the renderer's choice. */
export interface ViewDefinition {
  name: ViewName;
  title: string;
  description: string;
  /** The part of the cluster the view shows. */
  scope: 'cluster' | 'control-plane-node' | 'worker-node' | 'participants' | 'service-paths' | 'namespaces';
  /** Element kinds the view shows. */
  kinds: readonly ElementKind[];
  /** Relation kinds the view shows (between shown elements). */
  relations: readonly RelationKind[];
  /** The story the view tells, for views whose scope is its participants. */
  steps?: readonly FlowStep[];
}

const STRUCTURE_RELATIONS: readonly RelationKind[] = [
  'api-request',
  'schedules',
  'reconciles',
  'persists',
  'reports',
  'cri',
  'routes',
  'cloud-api',
  'custom',
];

// What happens after `kubectl apply` of a Deployment, in the order it really happens.
/** The views, as data: which elements and relations each one selects. */
export const views: Readonly<Record<ViewName, ViewDefinition>> = {
  overview: {
    name: 'overview',
    title: 'Kubernetes architecture',
    description: 'The whole cluster: the control plane, the worker nodes with their pods, and what talks to them from outside.',
    scope: 'cluster',
    kinds: [
      'cluster', 'control-plane-node', 'worker-node', 'apiserver', 'scheduler', 'controller-manager',
      'cloud-controller-manager', 'etcd', 'kubelet', 'kube-proxy', 'container-runtime', 'pod', 'container',
      'kubectl', 'load-balancer', 'cloud-provider',
    ],
    relations: STRUCTURE_RELATIONS,
  },
  'control-plane': {
    name: 'control-plane',
    title: 'The control-plane node',
    description: 'One control-plane node in detail: the API server, the scheduler, the controller managers with their controllers, and etcd.',
    scope: 'control-plane-node',
    kinds: [
      'cluster', 'control-plane-node', 'apiserver', 'scheduler', 'controller-manager', 'cloud-controller-manager',
      'etcd', 'controller', 'kubectl', 'cloud-provider',
    ],
    relations: STRUCTURE_RELATIONS,
  },
  worker: {
    name: 'worker',
    title: 'The worker node',
    description: 'One worker node in detail: the kubelet, kube-proxy and the container runtime, and the pods with their containers.',
    scope: 'worker-node',
    kinds: ['cluster', 'worker-node', 'kubelet', 'kube-proxy', 'container-runtime', 'pod', 'container', 'apiserver', 'load-balancer'],
    relations: [...STRUCTURE_RELATIONS, 'runs'],
  },
  'request-flow': {
    name: 'request-flow',
    title: 'What happens on kubectl apply',
    description: 'The path of a Deployment from kubectl through the API server, etcd, the controllers and the scheduler to the kubelet and the container runtime.',
    scope: 'participants',
    kinds: ['kubectl', 'apiserver', 'etcd', 'controller-manager', 'scheduler', 'kubelet', 'container-runtime'],
    relations: STRUCTURE_RELATIONS,
    steps: REQUEST_FLOW,
  },
  reconcile: {
    name: 'reconcile',
    title: 'The reconcile loop',
    description: 'Controllers compare the desired state with the current state and act until they match.',
    scope: 'participants',
    kinds: ['workload', 'controller-manager', 'apiserver', 'etcd', 'scheduler', 'kubelet'],
    relations: STRUCTURE_RELATIONS,
    steps: RECONCILE,
  },
  networking: {
    name: 'networking',
    title: 'How a request reaches a container',
    description: 'The path of a request: the load balancer and the ingresses in front, the services, kube-proxy on every node, and the pods each service selects.',
    scope: 'service-paths',
    kinds: ['cluster', 'control-plane-node', 'worker-node', 'kube-proxy', 'pod', 'load-balancer', 'ingress', 'service'],
    relations: ['routes'],
  },
  workloads: {
    name: 'workloads',
    title: 'Namespaces and workloads',
    description: 'Every namespace with its workloads, their desired and ready replicas, and the pods each one runs.',
    scope: 'namespaces',
    kinds: ['cluster', 'namespace', 'workload', 'pod'],
    relations: [],
  },
};
