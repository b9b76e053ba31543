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

type Of<K extends Component['kind']> = Extract<Component, { kind: K }>;

/** A node's components by kind, read once per node instead of filtering for every relation. */
function byKind(node: Node) {
  const out = new Map<Component['kind'], Component[]>();
  for (const c of node.components) {
    const list = out.get(c.kind);
    if (list) list.push(c);
    else out.set(c.kind, [c]);
  }
  return <K extends Component['kind']>(kind: K): Of<K>[] => (out.get(kind) ?? []) as Of<K>[];
}

/**
 * The cluster's relations: the wiring Kubernetes implies from the structure, then the author's own
 * edges, each once. Components talk to the API server on their own node when it has one (as kubeadm
 * sets them up), otherwise to the first API server of the cluster.
 */
export function relationsOf(cluster: Cluster): ResolvedRelation[] {
  return relationsOfKinds(cluster, undefined);
}

/**
 * The relations `relationsOf` lists, of the `shown` kinds only (all when undefined): a view of a
 * large cluster that leaves out the container runtime's thousands of edges never makes them.
 */
export function relationsOfKinds(cluster: Cluster, shown: ReadonlySet<RelationKind> | undefined): ResolvedRelation[] {
  const out: ResolvedRelation[] = [];
  // The derived wiring never repeats itself in a valid cluster (one component of a kind per node,
  // unique ids), so only the author's edges need checking against what is already there.
  const push = (from: string, to: string, kind: RelationKind) => {
    if (shown === undefined || shown.has(kind)) out.push({ id: `${kind}:${from}->${to}`, from, to, kind, label: RELATION_LABELS[kind], derived: true });
  };

  const kinds = cluster.nodes.map(byKind);
  const apiservers = kinds.flatMap((find) => find('apiserver'));
  const firstApi = apiservers[0];
  const cloudApis = cluster.actors.filter((a) => a.kind === 'cloud-provider');

  for (const actor of cluster.actors) {
    if (actor.kind === 'kubectl') for (const api of apiservers) push(actor.id, api.id, 'api-request');
  }
  cluster.nodes.forEach((node, n) => {
    const find = kinds[n]!;
    const api = find('apiserver')[0] ?? firstApi;
    for (const c of node.components) {
      if (c.kind === 'apiserver') {
        const etcds = cluster.etcd.topology === 'external' ? cluster.etcd.members : find('etcd');
        for (const e of etcds) push(c.id, e.id, 'persists');
      }
      if (!api) continue;
      if (c.kind === 'scheduler') push(c.id, api.id, 'schedules');
      if (c.kind === 'controller-manager') push(c.id, api.id, 'reconciles');
      if (c.kind === 'cloud-controller-manager') {
        push(c.id, api.id, 'reconciles');
        for (const cloud of cloudApis) push(c.id, cloud.id, 'cloud-api');
      }
      if (c.kind === 'kubelet') push(c.id, api.id, 'reports');
    }
    for (const kubelet of find('kubelet')) {
      for (const rt of find('container-runtime')) push(kubelet.id, rt.id, 'cri');
    }
    // The container runtime's edge to every container: a view that leaves them out never walks them.
    const runs = shown === undefined || shown.has('runs') ? find('container-runtime') : [];
    for (const rt of runs) for (const pod of node.pods) for (const ctr of pod.containers) push(rt.id, ctr.id, 'runs');
  });
  for (const lb of cluster.actors.filter((a) => a.kind === 'load-balancer')) {
    for (const find of kinds) for (const proxy of find('kube-proxy')) push(lb.id, proxy.id, 'routes');
  }
  cluster.nodes.forEach((node, n) => {
    const pods = node.pods;
    for (const proxy of kinds[n]!('kube-proxy')) for (let p = 0; p < pods.length; p++) push(proxy.id, pods[p]!.id, 'routes');
  });
  if (cluster.services !== undefined || cluster.ingresses !== undefined) serviceRoutes(cluster, kinds.flatMap((find) => find('kube-proxy')), out);
  if (cluster.relations.length > 0) {
    const seen = new Set(out.map((r) => r.id));
    for (const r of cluster.relations) {
      const id = `${r.kind}:${r.from}->${r.to}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, from: r.from, to: r.to, kind: r.kind, label: r.label ?? RELATION_LABELS[r.kind], derived: false, ...(r.description === undefined ? {} : { description: r.description }) });
    }
  }
  return out;
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
