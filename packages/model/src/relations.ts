import type { Cluster } from './cluster.js';
import type { Component } from './component.js';
import type { Node } from './node.js';
import type { RelationKind } from './relation.js';
import { RELATION_LABELS } from './relation-labels.js';
import { serviceName } from './_service-name.js';

/** A relation with its stable id and its label filled in; `derived` says Kubernetes implies it. */
export interface ResolvedRelation {
  id: string;
  from: string;
  to: string;
  kind: RelationKind;
  label: string;
  description?: string;
  derived: boolean;
}

/**
 * The cluster's relations: the wiring Kubernetes implies from the structure, then the author's own
 * edges, each once. Components talk to the API server on their own node when it has one (as kubeadm
 * sets them up), otherwise to the first API server of the cluster.
 */
export function relationsOf(cluster: Cluster): ResolvedRelation[] {
  return relationsOfKinds(cluster, undefined);
}

type Shown = ReadonlySet<RelationKind> | undefined;

// A relation Kubernetes implies, made only when its kind is shown. The derived wiring never repeats
// itself in a valid cluster (one component of a kind per node, unique ids), so only the author's
// edges need checking against what is already there.
function derive(out: ResolvedRelation[], shown: Shown, from: string, to: string, kind: RelationKind, keep: boolean): void {
  if (shown === undefined || shown.has(kind)) out.push({ id: relationId(kind, from, to, keep), from, to, kind, label: RELATION_LABELS[kind], derived: true });
}

// The ids of the relations of clusters up to this many nodes and pods are kept from one call to
// the next: a larger cluster's are mostly its own, and keeping them would only fill the memory.
const KEEP_UP_TO = 2_000;
// Past this many ids kept, the memo starts again empty.
const MOST_IDS = 20_000;
const IDS = new Map<string, Map<string, string>>();
let keptIds = 0;

/**
 * A relation's id, `kind:from->to`. A renderer looks each one up in caches keyed by text (the
 * escaped text of an edge's id): made anew for every call, the id is new text to hash and compare
 * there, about ten times the cost of finding text it has seen. With `keep`, the same relation gets
 * the same string from call to call, found by its ends (which are the model's own strings).
 */
function relationId(kind: RelationKind, from: string, to: string, keep: boolean): string {
  if (!keep) return `${kind}:${from}->${to}`;
  let byTo = IDS.get(from);
  if (byTo === undefined) {
    if (keptIds >= MOST_IDS) {
      IDS.clear();
      keptIds = 0;
    }
    IDS.set(from, (byTo = new Map()));
  }
  let id = byTo.get(to);
  // Two relations of different kinds may join the same ends: the kept id names its kind first.
  if (id === undefined || id.charCodeAt(kind.length) !== 0x3a || !id.startsWith(kind)) {
    byTo.set(to, (id = `${kind}:${from}->${to}`));
    keptIds++;
  }
  return id;
}

/**
 * The relations `relationsOf` lists, of the `shown` kinds only (all when undefined): a view of a
 * large cluster that leaves out the container runtime's thousands of edges never makes them. The
 * components are found by walking each node's short list, which costs less than indexing them.
 */
export function relationsOfKinds(cluster: Cluster, shown: Shown): ResolvedRelation[] {
  const out: ResolvedRelation[] = [];
  const nodes = cluster.nodes;
  let size = nodes.length;
  for (let i = 0; i < nodes.length && size <= KEEP_UP_TO; i++) size += nodes[i]!.pods.length;
  const keep = size <= KEEP_UP_TO;
  const apiservers: Component[] = [];
  for (const node of nodes) for (const c of node.components) if (c.kind === 'apiserver') apiservers.push(c);
  for (const actor of cluster.actors) {
    if (actor.kind === 'kubectl') for (const api of apiservers) derive(out, shown, actor.id, api.id, 'api-request', keep);
  }
  for (const node of nodes) nodeWiring(cluster, node, apiservers[0], shown, out, keep);
  for (const lb of cluster.actors) {
    if (lb.kind !== 'load-balancer') continue;
    for (const node of nodes) for (const c of node.components) if (c.kind === 'kube-proxy') derive(out, shown, lb.id, c.id, 'routes', keep);
  }
  for (const node of nodes) {
    for (const proxy of node.components) if (proxy.kind === 'kube-proxy') for (const pod of node.pods) derive(out, shown, proxy.id, pod.id, 'routes', keep);
  }
  if ((shown === undefined || shown.has('routes')) && (cluster.services !== undefined || cluster.ingresses !== undefined)) {
    const proxies: Component[] = [];
    for (const node of nodes) for (const c of node.components) if (c.kind === 'kube-proxy') proxies.push(c);
    serviceRoutes(cluster, proxies, out);
  }
  if (cluster.relations.length > 0) authored(cluster, shown, out);
  return out;
}

// The wiring inside one node: each component to its API server, the API server to etcd, the
// kubelet to the container runtime, and the runtime to every container.
function nodeWiring(cluster: Cluster, node: Node, firstApi: Component | undefined, shown: Shown, out: ResolvedRelation[], keep: boolean): void {
  const components = node.components;
  let api = firstApi;
  for (const c of components) {
    if (c.kind === 'apiserver') {
      api = c;
      break;
    }
  }
  for (const c of components) {
    if (c.kind === 'apiserver') {
      if (cluster.etcd.topology === 'external') for (const e of cluster.etcd.members) derive(out, shown, c.id, e.id, 'persists', keep);
      else for (const e of components) if (e.kind === 'etcd') derive(out, shown, c.id, e.id, 'persists', keep);
    }
    if (!api) continue;
    if (c.kind === 'scheduler') derive(out, shown, c.id, api.id, 'schedules', keep);
    if (c.kind === 'controller-manager') derive(out, shown, c.id, api.id, 'reconciles', keep);
    if (c.kind === 'cloud-controller-manager') {
      derive(out, shown, c.id, api.id, 'reconciles', keep);
      for (const cloud of cluster.actors) if (cloud.kind === 'cloud-provider') derive(out, shown, c.id, cloud.id, 'cloud-api', keep);
    }
    if (c.kind === 'kubelet') derive(out, shown, c.id, api.id, 'reports', keep);
  }
  for (const kubelet of components) {
    if (kubelet.kind === 'kubelet') for (const rt of components) if (rt.kind === 'container-runtime') derive(out, shown, kubelet.id, rt.id, 'cri', keep);
  }
  // The container runtime's edge to every container: a view that leaves them out never walks them.
  if (shown !== undefined && !shown.has('runs')) return;
  for (const rt of components) {
    if (rt.kind === 'container-runtime') for (const pod of node.pods) for (const ctr of pod.containers) derive(out, shown, rt.id, ctr.id, 'runs', keep);
  }
}

// The author's own edges of the shown kinds, each once, after the derived ones.
function authored(cluster: Cluster, shown: Shown, out: ResolvedRelation[]): void {
  const seen = new Set(out.map((r) => r.id));
  for (const r of cluster.relations) {
    if (shown !== undefined && !shown.has(r.kind)) continue;
    const id = `${r.kind}:${r.from}->${r.to}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ id, from: r.from, to: r.to, kind: r.kind, label: r.label ?? RELATION_LABELS[r.kind], derived: false, ...(r.description === undefined ? {} : { description: r.description }) });
  }
}

// How a request finds a container: the load balancer in front of the ingresses and of each
// LoadBalancer service, each ingress to the services its rules name (in its namespace), each service
// to kube-proxy on every node, which programs that service's rules there; kube-proxy to the pods is
// derived above. The load balancer's edges are derived, not written, because a service's type
// already says the cloud puts one in front of it: a model, hand-written or imported, states the
// service and the actor once and cannot leave them disagreeing. A model draws the cloud's load
// balancers as one actor, so every load-balancer actor fronts every such service and ingress.
function serviceRoutes(cluster: Cluster, proxies: readonly Component[], out: ResolvedRelation[]): void {
  const made = new Map<string, ResolvedRelation>();
  const route = (from: string, to: string): ResolvedRelation => {
    const id = `routes:${from}->${to}`;
    let r = made.get(id);
    if (r === undefined) {
      r = { id, from, to, kind: 'routes', label: RELATION_LABELS.routes, derived: true };
      made.set(id, r);
      out.push(r);
    }
    return r;
  };
  const byName = new Map((cluster.services ?? []).map((s) => [`${s.namespace ?? 'default'}/${serviceName(s)}`, s.id]));
  const lbs = cluster.actors.filter((a) => a.kind === 'load-balancer');
  for (const ing of cluster.ingresses ?? []) {
    for (const lb of lbs) route(lb.id, ing.id);
    // An ingress edge says which requests take it: its rules' hosts and paths.
    const rules = new Map<ResolvedRelation, Set<string>>();
    const backends = ing.defaultBackend === undefined ? ing.rules : [...ing.rules, { ...ing.defaultBackend, path: '(default)' }];
    for (const b of backends) {
      const to = byName.get(`${ing.namespace ?? 'default'}/${b.service}`);
      if (to === undefined) continue;
      const r = route(ing.id, to);
      rules.set(r, (rules.get(r) ?? new Set()).add(`${'host' in b && b.host !== undefined ? b.host : ''}${b.path ?? '/'}`));
    }
    for (const [r, texts] of rules) r.label = [...texts].join(', ');
  }
  for (const s of cluster.services ?? []) {
    if (s.type === 'LoadBalancer') for (const lb of lbs) route(lb.id, s.id);
    if (s.type === 'ExternalName' || s.selector === undefined) continue;
    for (const proxy of proxies) route(s.id, proxy.id);
  }
}
