import type { Cluster } from './cluster.js';
import type { Component } from './component.js';
import type { Node } from './node.js';
import type { Relation, RelationKind } from './relation.js';
import { RELATION_LABELS } from './relation-labels.js';

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

const find = <K extends Component['kind']>(node: Node, kind: K) =>
  node.components.filter((c): c is Extract<Component, { kind: K }> => c.kind === kind);

/**
 * The cluster's relations: the wiring Kubernetes implies from the structure, then the author's own
 * edges, each once. Components talk to the API server on their own node when it has one (as kubeadm
 * sets them up), otherwise to the first API server of the cluster.
 */
export function relationsOf(cluster: Cluster): ResolvedRelation[] {
  const out: ResolvedRelation[] = [];
  const seen = new Set<string>();
  const push = (from: string, to: string, kind: RelationKind, derived: boolean, extra: Pick<Relation, 'label' | 'description'> = {}) => {
    const id = `${kind}:${from}->${to}`;
    if (seen.has(id)) return;
    seen.add(id);
    const label = extra.label ?? RELATION_LABELS[kind];
    out.push({ id, from, to, kind, label, derived, ...(extra.description === undefined ? {} : { description: extra.description }) });
  };

  const apiservers = cluster.nodes.flatMap((n) => find(n, 'apiserver'));
  const firstApi = apiservers[0];
  const apiFor = (node: Node) => find(node, 'apiserver')[0] ?? firstApi;
  const cloudApis = cluster.actors.filter((a) => a.kind === 'cloud-provider');

  for (const actor of cluster.actors) {
    if (actor.kind === 'kubectl') for (const api of apiservers) push(actor.id, api.id, 'api-request', true);
  }
  for (const node of cluster.nodes) {
    const api = apiFor(node);
    for (const c of node.components) {
      if (c.kind === 'apiserver') {
        const etcds = cluster.etcd.topology === 'external' ? cluster.etcd.members : find(node, 'etcd');
        for (const e of etcds) push(c.id, e.id, 'persists', true);
      }
      if (!api) continue;
      if (c.kind === 'scheduler') push(c.id, api.id, 'schedules', true);
      if (c.kind === 'controller-manager') push(c.id, api.id, 'reconciles', true);
      if (c.kind === 'cloud-controller-manager') {
        push(c.id, api.id, 'reconciles', true);
        for (const cloud of cloudApis) push(c.id, cloud.id, 'cloud-api', true);
      }
      if (c.kind === 'kubelet') push(c.id, api.id, 'reports', true);
    }
    for (const kubelet of find(node, 'kubelet')) {
      for (const rt of find(node, 'container-runtime')) push(kubelet.id, rt.id, 'cri', true);
    }
    for (const rt of find(node, 'container-runtime')) {
      for (const pod of node.pods) for (const ctr of pod.containers) push(rt.id, ctr.id, 'runs', true);
    }
  }
  for (const lb of cluster.actors.filter((a) => a.kind === 'load-balancer')) {
    for (const node of cluster.nodes) for (const proxy of find(node, 'kube-proxy')) push(lb.id, proxy.id, 'routes', true);
  }
  for (const node of cluster.nodes) {
    for (const proxy of find(node, 'kube-proxy')) for (const pod of node.pods) push(proxy.id, pod.id, 'routes', true);
  }
  for (const r of cluster.relations) push(r.from, r.to, r.kind, false, r);
  return out;
}
