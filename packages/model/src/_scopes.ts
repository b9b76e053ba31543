import type { Cluster } from './cluster.js';
import type { ElementKind } from './element-kinds.js';
import type { ClusterElement } from './elements.js';
import { namespaceElementId } from './elements.js';
import { idTable } from './id-table.js';
import type { Node } from './node.js';
import type { Pod } from './pod.js';
import { servicePods } from './service-pods.js';
import type { Workload } from './workload.js';
import type { ResolvedRelation } from './relations.js';
import type { SelectViewOptions } from './select-view.js';
import { FLOW_ROLES, type FlowRole, type ViewDefinition } from './views.js';

/** What a scope is given: the cluster, the view and the kinds it shows, and the cluster's elements and relations, listed once. */
export interface ScopeInput {
  cluster: Cluster;
  view: ViewDefinition;
  kinds: ReadonlySet<ElementKind>;
  /** The cluster's elements; for the whole cluster's scope, those of the shown kinds only. */
  all: readonly ClusterElement[];
  relations: readonly ResolvedRelation[];
  options: SelectViewOptions;
}

/** The ids a scope keeps, and for a story the element playing each role. */
export interface ScopeResult {
  keep: { has(id: string): boolean };
  participants: Partial<Record<FlowRole, ClusterElement>>;
  /** Elements the view draws inside another element than the model's parent (a pod in its workload). */
  parents?: Map<string, string>;
  /** The kept elements in model order, when the scope listed them as it picked them. */
  elements?: ClusterElement[];
}

/** How each scope of a view picks its elements. */
export const SCOPES: Readonly<Record<ViewDefinition['scope'], (input: ScopeInput) => ScopeResult>> = {
  cluster: wholeCluster,
  participants: storyParticipants,
  'control-plane-node': (input) => oneNode(input, 'control-plane'),
  'worker-node': (input) => oneNode(input, 'worker'),
  'service-paths': servicePaths,
  namespaces: namespaceTree,
};

// Every element of a shown kind: those are all the elements it is given.
function wholeCluster({ all }: ScopeInput): ScopeResult {
  // The list selectView made for this call: handed on, not copied.
  const elements = all as ClusterElement[];
  const keep = idTable(elements, (e) => e.id);
  // Listed as picked: ids are unique in a valid cluster. Where two shown elements share one anyway,
  // every element with a kept id is kept, as the other scopes keep them.
  return keep.repeats ? { keep, participants: {} } : { keep, participants: {}, elements };
}

// One element per role, the node agents from a worker that runs pods, and the workloads.
function storyParticipants({ cluster, kinds, all }: ScopeInput): ScopeResult {
  const keep = new Set<string>();
  const participants: ScopeResult['participants'] = {};
  const workerWithPods = cluster.nodes.find((n) => n.pods.length > 0 && n.components.some((c) => c.kind === 'kubelet'));
  for (const role of FLOW_ROLES) {
    const onWorker = role === 'kubelet' || role === 'container-runtime';
    const preferred = onWorker ? all.find((e) => e.kind === role && e.parent === workerWithPods?.id) : undefined;
    const el = preferred ?? all.find((e) => e.kind === role);
    if (el && kinds.has(role)) {
      participants[role] = el;
      keep.add(el.id);
    }
  }
  for (const e of all) if (e.kind === 'workload' && kinds.has(e.kind)) keep.add(e.id);
  return { keep, participants };
}

// The node a node view shows: the one asked for, else the first of the role that has something to show.
function pickNode(cluster: Cluster, role: 'control-plane' | 'worker', wanted: string | undefined, viewName: string): Node | undefined {
  const node =
    (wanted === undefined ? undefined : cluster.nodes.find((n) => n.id === wanted)) ??
    cluster.nodes.find((n) => n.role === role && (role === 'control-plane' || n.pods.length > 0)) ??
    cluster.nodes.find((n) => n.role === role) ??
    cluster.nodes.find((n) => n.schedulable === true);
  if (wanted !== undefined && node?.id !== wanted) throw new Error(`unknown node "${wanted}" for the ${viewName} view`);
  return node;
}

function oneNode(input: ScopeInput, role: 'control-plane' | 'worker'): ScopeResult {
  const { cluster, view, kinds, all } = input;
  const node = pickNode(cluster, role, input.options.node, view.name);
  const keep = new Set([cluster.id]);
  if (!node) return { keep, participants: {} };
  const inside = new Set([node.id]);
  for (const e of all) if (e.parent !== undefined && inside.has(e.parent) && kinds.has(e.kind)) inside.add(e.id);
  for (const id of inside) keep.add(id);
  const byId = new Map(all.map((e) => [e.id, e]));
  for (const id of outsideParties(input, inside, byId, kinds)) keep.add(id);
  // An apiserver outside the node is drawn inside its own node box.
  for (const id of [...keep]) {
    const p = byId.get(id)?.parent;
    if (p !== undefined && !keep.has(p) && byId.get(p)?.kind !== 'cluster') keep.add(p);
  }
  return { keep, participants: {} };
}

// The outside parties a node deals with: what its components talk to, or are talked to by. Of the
// elements inside other nodes, only the API server and etcd; of the outside world, anything shown.
function outsideParties(input: ScopeInput, inside: ReadonlySet<string>, byId: ReadonlyMap<string, ClusterElement>, kinds: ReadonlySet<ElementKind>): string[] {
  const out: string[] = [];
  for (const r of input.relations) {
    const fromIn = inside.has(r.from);
    if (fromIn === inside.has(r.to)) continue;
    const other = byId.get(fromIn ? r.to : r.from);
    if (!other || !kinds.has(other.kind)) continue;
    const inOtherNode = other.parent !== undefined && !inside.has(other.parent) && other.kind !== 'cluster';
    if (inOtherNode ? other.kind === 'apiserver' || other.kind === 'etcd' : other.parent === undefined) out.push(other.id);
  }
  return out;
}

// The path of a request: the ingresses, the services, the nodes that run kube-proxy with it, the
// pods some service selects, and the load balancers in front.
function servicePaths({ cluster, kinds, all }: ScopeInput): ScopeResult {
  const selected = new Set<string>();
  for (const s of cluster.services ?? []) for (const p of servicePods(cluster, s)) selected.add(p.id);
  const proxied = new Set(all.filter((e) => e.kind === 'kube-proxy' && e.parent !== undefined).map((e) => e.parent!));
  const keep = new Set<string>();
  for (const e of all) {
    if (!kinds.has(e.kind)) continue;
    if (e.kind === 'pod' ? selected.has(e.id) : e.kind.endsWith('-node') ? proxied.has(e.id) : true) keep.add(e.id);
  }
  return { keep, participants: {} };
}

// Namespaces, their workloads and the pods of each: a workload is drawn in its namespace, a pod in
// its workload (or its namespace when no workload owns it).
function namespaceTree({ cluster, kinds, all }: ScopeInput): ScopeResult {
  const keep = new Set(all.filter((e) => kinds.has(e.kind)).map((e) => e.id));
  const parents = new Map<string, string>();
  const workloads = new Set(cluster.workloads.map((w) => w.id));
  for (const e of all) {
    if (!keep.has(e.id)) continue;
    if (e.kind === 'workload') parents.set(e.id, namespaceElementId((e.ref as Workload).namespace ?? 'default'));
    if (e.kind === 'pod') {
      const pod = e.ref as Pod;
      parents.set(e.id, pod.workload !== undefined && workloads.has(pod.workload) ? pod.workload : namespaceElementId(pod.namespace ?? 'default'));
    }
  }
  return { keep, participants: {}, parents };
}
