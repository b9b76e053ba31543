import type { Actor } from './actor.js';
import type { Cluster } from './cluster.js';
import type { CloudController, Component, Controller } from './component.js';
import type { Node } from './node.js';
import type { Container, Pod, Volume } from './pod.js';
import type { Workload } from './workload.js';
import type { ElementKind } from './element-kinds.js';

/** The model object behind an element. */
export type ElementRef = Cluster | Node | Component | Controller | CloudController | Pod | Container | Volume | Actor | Workload;

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

/** Lists every element of the cluster, parents before children, in model order. */
export function elementsOf(cluster: Cluster): ClusterElement[] {
  const out: ClusterElement[] = [];
  // One object shape for every element (parent present, possibly undefined) keeps this fast on
  // clusters of thousands of elements.
  const add = (kind: ElementKind, ref: ElementRef & { id: string; label: string; description: string }, path: string, parent?: string) => {
    out.push({ id: ref.id, kind, label: ref.label, description: ref.description, parent, path, ref });
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
  return out;
}
