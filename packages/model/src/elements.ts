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
  const out: ClusterElement[] = [];
  // One object shape for every element (parent present, possibly undefined) keeps this fast on
  // clusters of thousands of elements.
  const add = (kind: ElementKind, ref: ElementRef & { id: string; label: string; description: string }, path: string, parent?: string, id = ref.id) => {
    out.push({ id, kind, label: ref.label, description: ref.description, parent, path, ref });
  };
  add('cluster', cluster, '');
  cluster.etcd.members.forEach((m, i) => add('etcd', m, `etcd.members[${i}]`, cluster.id));
  cluster.nodes.forEach((node, i) => {
    const np = `nodes[${i}]`;
    add(node.role === 'control-plane' ? 'control-plane-node' : 'worker-node', node, np, cluster.id);
    node.components.forEach((c, j) => {
      const cp = `${np}.components[${j}]`;
      add(c.kind, c, cp, node.id);
      if (c.kind === 'controller-manager' || c.kind === 'cloud-controller-manager') {
        c.controllers.forEach((k, m) => add('controller', k, `${cp}.controllers[${m}]`, c.id));
      }
    });
    node.pods.forEach((pod, j) => {
      const pp = `${np}.pods[${j}]`;
      add('pod', pod, pp, node.id);
      pod.containers.forEach((c, m) => add('container', c, `${pp}.containers[${m}]`, pod.id));
      pod.volumes?.forEach((v, m) => add('volume', v, `${pp}.volumes[${m}]`, pod.id));
    });
  });
  cluster.workloads.forEach((w, i) => add('workload', w, `workloads[${i}]`, cluster.id));
  cluster.actors.forEach((a, i) => add(a.kind, a, `actors[${i}]`));
  // Added after everything older, so the elements (and the ids derived from their order) of
  // models without these stay as they were.
  for (const ns of namespacesOf(cluster)) add('namespace', ns.ref, ns.path, cluster.id, namespaceElementId(ns.ref.id));
  // Ingresses before services: the order a request meets them.
  cluster.ingresses?.forEach((g, i) => add('ingress', g, `ingresses[${i}]`, cluster.id));
  cluster.services?.forEach((s, i) => add('service', s, `services[${i}]`, cluster.id));
  return out;
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
