import type { Actor } from './actor.js';
import type { Cluster } from './cluster.js';
import type { CloudController, Component, Controller } from './component.js';
import type { Ingress } from './ingress.js';
import type { Namespace } from './namespace.js';
import type { Node } from './node.js';
import type { Container, Pod, Volume } from './pod.js';
import type { Service } from './service.js';
import type { Workload } from './workload.js';
import type { ElementKind } from './element-kinds.js';

/** The model object behind an element. */
export type ElementRef = Cluster | Node | Component | Controller | CloudController | Pod | Container | Volume | Actor | Workload | Namespace | Service | Ingress;

/** One element of a cluster, flattened: its kind, its parent and where it sits in the model. */
export interface ClusterElement {
  id: string;
  kind: ElementKind;
  label: string;
  description: string;
  /** Id of the enclosing element (node for a component, pod for a container); absent for top-level ones. */
  parent?: string;
  /** Where it sits in the model, as a path such as `nodes[1].pods[0]`. */
  path: string;
  ref: ElementRef;
}

/**
 * The element id of a namespace. Namespaces are named like other objects (a namespace and a
 * workload may both be called "shop"), so their ids carry a prefix no model id can have.
 */
export const namespaceElementId = (name: string): string => `namespace:${name}`;

/** Lists every element of the cluster, parents before children, in model order. */
export function elementsOf(cluster: Cluster): ClusterElement[] {
  return elementsOfKinds(cluster, undefined);
}

type Ref = ElementRef & { id: string; label: string; description: string };

// One object shape for every element (parent present, possibly undefined) keeps this fast on
// clusters of thousands of elements.
function element(kind: ElementKind, ref: Ref, path: string, parent: string | undefined, id = ref.id): ClusterElement {
  return { id, kind, label: ref.label, description: ref.description, parent, path, ref };
}

/**
 * The elements `elementsOf` lists, of the `shown` kinds only (all when undefined), in the same
 * order: a view that shows a few kinds never makes the others, nor writes their paths.
 */
export function elementsOfKinds(cluster: Cluster, shown: ReadonlySet<ElementKind> | undefined): ClusterElement[] {
  const out: ClusterElement[] = [];
  const all = shown === undefined;
  if (all || shown.has('cluster')) out.push(element('cluster', cluster, '', undefined));
  if (all || shown.has('etcd')) cluster.etcd.members.forEach((m, i) => out.push(element('etcd', m, `etcd.members[${i}]`, cluster.id)));
  const nodes = cluster.nodes;
  for (let i = 0; i < nodes.length; i++) nodeElements(nodes[i]!, `nodes[${i}]`, cluster.id, shown, out);
  if (all || shown.has('workload')) cluster.workloads.forEach((w, i) => out.push(element('workload', w, `workloads[${i}]`, cluster.id)));
  cluster.actors.forEach((a, i) => {
    if (all || shown.has(a.kind)) out.push(element(a.kind, a, `actors[${i}]`, undefined));
  });
  // Added after everything older, so the elements (and the ids derived from their order) of
  // models without these stay as they were.
  if (all || shown.has('namespace')) for (const ns of namespacesOf(cluster)) out.push(element('namespace', ns.ref, ns.path, cluster.id, namespaceElementId(ns.ref.id)));
  // Ingresses before services: the order a request meets them.
  if (all || shown.has('ingress')) cluster.ingresses?.forEach((g, i) => out.push(element('ingress', g, `ingresses[${i}]`, cluster.id)));
  if (all || shown.has('service')) cluster.services?.forEach((s, i) => out.push(element('service', s, `services[${i}]`, cluster.id)));
  return out;
}

// A node, its components with their controllers, and its pods with their containers and volumes.
function nodeElements(node: Node, np: string, clusterId: string, shown: ReadonlySet<ElementKind> | undefined, out: ClusterElement[]): void {
  const all = shown === undefined;
  const kind = node.role === 'control-plane' ? 'control-plane-node' : 'worker-node';
  if (all || shown.has(kind)) out.push(element(kind, node, np, clusterId));
  const controllers = all || shown.has('controller');
  const components = node.components;
  for (let j = 0; j < components.length; j++) {
    const c = components[j]!;
    const show = all || shown.has(c.kind);
    if (show) out.push(element(c.kind, c, `${np}.components[${j}]`, node.id));
    if (controllers && (c.kind === 'controller-manager' || c.kind === 'cloud-controller-manager')) {
      const cp = `${np}.components[${j}]`;
      c.controllers.forEach((k, m) => out.push(element('controller', k, `${cp}.controllers[${m}]`, c.id)));
    }
  }
  const pods = all || shown.has('pod');
  const containers = all || shown.has('container');
  const volumes = all || shown.has('volume');
  if (!pods && !containers && !volumes) return;
  // Index loops: a node of a large cluster has hundreds of pods, and a callback per pod is an object per pod.
  for (let j = 0; j < node.pods.length; j++) {
    const pod = node.pods[j]!;
    const pp = `${np}.pods[${j}]`;
    if (pods) out.push(element('pod', pod, pp, node.id));
    if (containers) for (let m = 0; m < pod.containers.length; m++) out.push(element('container', pod.containers[m]!, `${pp}.containers[${m}]`, pod.id));
    const vs = volumes ? pod.volumes : undefined;
    if (vs !== undefined) for (let m = 0; m < vs.length; m++) out.push(element('volume', vs[m]!, `${pp}.volumes[${m}]`, pod.id));
  }
}

/**
 * The namespaces of a cluster: the listed ones, then those its objects name without listing them
 * (each where it is first named), "default" for objects that name none.
 */
function namespacesOf(cluster: Cluster): { ref: Namespace; path: string }[] {
  const out: { ref: Namespace; path: string }[] = [];
  const seen = new Set<string>();
  const note = (name: string | undefined, path: string, ref?: Namespace) => {
    const id = name ?? 'default';
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ ref: ref ?? { id, label: id, description: `The ${id} namespace.` }, path });
  };
  // Thousands of objects name the same few namespaces: a path is written only for one not met yet.
  const unseen = (name: string | undefined) => !seen.has(name ?? 'default');
  cluster.namespaces?.forEach((ns, i) => note(ns.id, `namespaces[${i}]`, ns));
  cluster.workloads.forEach((w, i) => unseen(w.namespace) && note(w.namespace, `workloads[${i}].namespace`));
  cluster.nodes.forEach((n, i) => n.pods.forEach((p, j) => unseen(p.namespace) && note(p.namespace, `nodes[${i}].pods[${j}].namespace`)));
  cluster.services?.forEach((s, i) => unseen(s.namespace) && note(s.namespace, `services[${i}].namespace`));
  cluster.ingresses?.forEach((g, i) => unseen(g.namespace) && note(g.namespace, `ingresses[${i}].namespace`));
  return out;
}
