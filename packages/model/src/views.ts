import type { Cluster } from './cluster.js';
import { elementsOf, type ClusterElement, type ElementKind } from './elements.js';
import type { RelationKind } from './relation.js';
import { relationsOf, type ResolvedRelation } from './relations.js';

/** The names of the views every cluster can be drawn in. */
export const VIEW_NAMES = ['overview', 'control-plane', 'worker', 'request-flow', 'reconcile'] as const;
/** The name of a view. */
export type ViewName = (typeof VIEW_NAMES)[number];

/** A participant role in the request-flow and reconcile stories. */
export type FlowRole = 'kubectl' | 'apiserver' | 'etcd' | 'controller-manager' | 'scheduler' | 'kubelet' | 'container-runtime';

/** One message in a story: who sends what to whom; `reply` marks an answer to an earlier call. */
export interface FlowStep {
  from: FlowRole;
  to: FlowRole;
  message: string;
  reply?: boolean;
}

/** A named view: what it shows, and how it is drawn. */
export interface ViewDefinition {
  name: ViewName;
  title: string;
  description: string;
  /** structure: boxes in boxes; sequence: messages over time; loop: a control loop. */
  diagram: 'structure' | 'sequence' | 'loop';
  /** The part of the cluster the view shows. */
  scope: 'cluster' | 'control-plane-node' | 'worker-node' | 'participants';
  /** Element kinds the view shows. */
  kinds: readonly ElementKind[];
  /** Relation kinds the view shows (between shown elements). */
  relations: readonly RelationKind[];
  /** The story, for sequence and loop views. */
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
const REQUEST_FLOW: readonly FlowStep[] = [
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
const RECONCILE: readonly FlowStep[] = [
  { from: 'controller-manager', to: 'apiserver', message: 'observe: watch desired and current state' },
  { from: 'apiserver', to: 'etcd', message: 'read spec and status' },
  { from: 'controller-manager', to: 'controller-manager', message: 'compare: desired replicas vs current replicas' },
  { from: 'controller-manager', to: 'apiserver', message: 'act: create or delete Pods to close the gap' },
  { from: 'scheduler', to: 'apiserver', message: 'bind new Pods to nodes' },
  { from: 'kubelet', to: 'apiserver', message: 'start them and report status' },
];

/** The views, as data: which elements and relations each one shows, and how it is drawn. */
export const views: Readonly<Record<ViewName, ViewDefinition>> = {
  overview: {
    name: 'overview',
    title: 'Kubernetes architecture',
    description: 'The whole cluster: the control plane, the worker nodes with their pods, and what talks to them from outside.',
    diagram: 'structure',
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
    diagram: 'structure',
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
    diagram: 'structure',
    scope: 'worker-node',
    kinds: ['cluster', 'worker-node', 'kubelet', 'kube-proxy', 'container-runtime', 'pod', 'container', 'apiserver', 'load-balancer'],
    relations: [...STRUCTURE_RELATIONS, 'runs'],
  },
  'request-flow': {
    name: 'request-flow',
    title: 'What happens on kubectl apply',
    description: 'The path of a Deployment from kubectl through the API server, etcd, the controllers and the scheduler to the kubelet and the container runtime.',
    diagram: 'sequence',
    scope: 'participants',
    kinds: ['kubectl', 'apiserver', 'etcd', 'controller-manager', 'scheduler', 'kubelet', 'container-runtime'],
    relations: STRUCTURE_RELATIONS,
    steps: REQUEST_FLOW,
  },
  reconcile: {
    name: 'reconcile',
    title: 'The reconcile loop',
    description: 'Controllers compare the desired state with the current state and act until they match.',
    diagram: 'loop',
    scope: 'participants',
    kinds: ['workload', 'controller-manager', 'apiserver', 'etcd', 'scheduler', 'kubelet'],
    relations: STRUCTURE_RELATIONS,
    steps: RECONCILE,
  },
};

/** What a view shows of one cluster. */
export interface ViewSelection {
  view: ViewDefinition;
  /** Shown elements, parents before children, in model order. */
  elements: ClusterElement[];
  /** Shown relations: both ends shown. */
  relations: ResolvedRelation[];
  /** For sequence and loop views: the element that plays each role in this cluster. */
  participants: Partial<Record<FlowRole, ClusterElement>>;
}

/** Options for `selectView`. */
export interface SelectViewOptions {
  /** For node views: the id of the node to show; the first node of the right role by default. */
  node?: string;
}

/**
 * Picks out what a view shows of a cluster. Throws for a view name that does not exist, naming
 * the valid ones.
 */
export function selectView(cluster: Cluster, name: ViewName, options: SelectViewOptions = {}): ViewSelection {
  const view = views[name];
  if (!view) throw new Error(`unknown view "${String(name)}": expected one of ${VIEW_NAMES.join(', ')}`);
  const all = elementsOf(cluster);
  const allRelations = relationsOf(cluster);
  const kinds = new Set<ElementKind>(view.kinds);
  let keep: Set<string>;
  const participants: ViewSelection['participants'] = {};

  if (view.scope === 'cluster') {
    keep = new Set(all.filter((e) => kinds.has(e.kind)).map((e) => e.id));
  } else if (view.scope === 'participants') {
    keep = new Set();
    const workerWithPods = cluster.nodes.find((n) => n.pods.length > 0 && n.components.some((c) => c.kind === 'kubelet'));
    for (const role of ['kubectl', 'apiserver', 'etcd', 'controller-manager', 'scheduler', 'kubelet', 'container-runtime'] as const) {
      const preferred = role === 'kubelet' || role === 'container-runtime' ? all.find((e) => e.kind === role && e.parent === workerWithPods?.id) : undefined;
      const el = preferred ?? all.find((e) => e.kind === role);
      if (el && kinds.has(role)) {
        participants[role] = el;
        keep.add(el.id);
      }
    }
    for (const e of all) if (e.kind === 'workload' && kinds.has(e.kind)) keep.add(e.id);
  } else {
    const byId = new Map(all.map((e) => [e.id, e]));
    const role = view.scope === 'control-plane-node' ? 'control-plane' : 'worker';
    const node =
      (options.node === undefined ? undefined : cluster.nodes.find((n) => n.id === options.node)) ??
      cluster.nodes.find((n) => n.role === role && (role === 'control-plane' || n.pods.length > 0)) ??
      cluster.nodes.find((n) => n.role === role) ??
      cluster.nodes.find((n) => n.schedulable === true);
    if (options.node !== undefined && node?.id !== options.node) throw new Error(`unknown node "${options.node}" for the ${name} view`);
    keep = new Set([cluster.id]);
    if (node) {
      const inside = new Set([node.id]);
      for (const e of all) if (e.parent !== undefined && inside.has(e.parent) && kinds.has(e.kind)) inside.add(e.id);
      for (const id of inside) keep.add(id);
      // The outside parties this node deals with: what its components talk to, or are talked to by.
      for (const r of allRelations) {
        const fromIn = inside.has(r.from);
        const toIn = inside.has(r.to);
        if (fromIn === toIn) continue;
        const other = byId.get(fromIn ? r.to : r.from);
        if (other && kinds.has(other.kind) && other.parent !== undefined && !inside.has(other.parent) && other.kind !== 'cluster') {
          if (other.kind === 'apiserver' || other.kind === 'etcd') keep.add(other.id);
        } else if (other && kinds.has(other.kind) && other.parent === undefined) keep.add(other.id);
      }
      // An apiserver outside the node is drawn inside its own node box.
      for (const id of [...keep]) {
        const p = byId.get(id)?.parent;
        if (p !== undefined && !keep.has(p) && byId.get(p)?.kind !== 'cluster') keep.add(p);
      }
    }
  }
  const elements = all.filter((e) => keep.has(e.id));
  const shownKinds = new Set(view.relations);
  const relations = allRelations.filter((r) => shownKinds.has(r.kind) && keep.has(r.from) && keep.has(r.to));
  return { view, elements, relations, participants };
}
