import type { ClusterSpec } from '@kubegram/model';
import type { Collected } from './_collect.js';
import { hasEtcdRole } from './_control-plane.js';
import { createIds, reserveComponents } from './_ids.js';
import { ingressesOf, LOAD_BALANCER_ID, loadBalancerOf, namespacesOf, servicesOf } from './_network.js';
import { providerOf } from './_node-info.js';
import { addControlPlane, managedBy, nodeSpecOf, nodesOf, noteNodeDetails } from './_node-specs.js';
import { placePods, podsOf, type PlacedPods } from './_pod-specs.js';
import type { NodeRecord } from './_records.js';
import { workloadsOf } from './_workloads.js';

/** Builds the model spec and the notes from what was collected; `collected` has nodes or pods or workloads. */
export function buildSpec(c: Collected, options: { id: string; label?: string | undefined }): { spec: ClusterSpec; notes: string[] } {
  const notes: string[] = [];
  const ids = createIds([options.id, 'kubectl', 'cloud-provider-api', LOAD_BALANCER_ID]);
  const nodes = nodesOf(c, notes);
  const provider = single(nodes.map((n) => providerOf(n.providerID)));
  const region = provider === undefined ? undefined : nodes.map((n) => n.labels['topology.kubernetes.io/region'] ?? n.labels['failure-domain.beta.kubernetes.io/region']).find((r) => r !== undefined);

  const nodeIds = new Map<string, string>();
  for (const node of nodes) {
    const id = ids.take(node.name);
    nodeIds.set(node.name, id);
    reserveComponents(ids, id);
  }
  const placed = placePods(c.pods, nodeIds, notes);
  const { componentsOn, appPods } = placed;

  const workloads = workloadsOf(c, placed.componentPods, ids);
  // Pods keep only the labels some service selects by: the rest would only weigh the model down.
  const selectorKeys = new Set(c.services.flatMap((s) => Object.keys(s.selector)));
  const podsOn = podsOf(appPods, ids, workloads.ofPod, selectorKeys, notes);
  const services = servicesOf(c.services, ids, notes);
  const ingresses = ingressesOf(c.ingresses, services, ids, notes);
  const loadBalancer = loadBalancerOf(services, ingresses);
  const namespaces = namespacesOf(c.namespaces, [...appPods.map((p) => p.namespace), ...workloads.list.map((w) => w.spec.namespace ?? 'default'), ...c.services.map((s) => s.namespace), ...c.ingresses.map((g) => g.namespace)]);

  const etcd = etcdOf(c, nodes, placed, notes);
  const nodeSpecs = nodes.map((node) =>
    nodeSpecOf(node, {
      id: nodeIds.get(node.name)!,
      found: componentsOn.get(node.name) ?? new Set(),
      haveSystemPods: etcd.haveSystemPods,
      externalEtcd: etcd.externalEtcd,
      apiserverSomewhere: etcd.staticApi,
      etcdByLabel: etcd.etcdByLabel,
      provider,
      pods: podsOn.get(node.name),
      notes,
    }),
  );
  noteNodeDetails(nodes, notes);
  addControlPlane(nodeSpecs, c, ids, { managed: managedBy(nodes), provider, externalEtcd: etcd.externalEtcd, etcdSomewhere: etcd.etcdSomewhere }, notes);
  noteLeftOut(c, notes);

  const spec: ClusterSpec = {
    id: options.id,
    ...(options.label === undefined ? {} : { label: options.label }),
    ...(provider === undefined ? {} : { cloud: { provider, ...(region === undefined ? {} : { region }) } }),
    ...(etcd.externalEtcd ? { etcd: { topology: 'external', members: [{ id: ids.take('etcd'), label: 'external etcd' }] } } : {}),
    nodes: nodeSpecs,
    ...(namespaces === undefined ? {} : { namespaces }),
    ...(workloads.list.length > 0 ? { workloads: workloads.list.map((w) => w.spec) } : {}),
    ...(services.length > 0 ? { services } : {}),
    ...(ingresses.length > 0 ? { ingresses } : {}),
    actors: [{ id: 'kubectl', kind: 'kubectl' }, ...(loadBalancer === undefined ? [] : [loadBalancer])],
  };
  return { spec, notes };
}

// Where etcd and the apiserver run, as far as the input shows it.
function etcdOf(c: Collected, nodes: readonly NodeRecord[], { componentsOn }: PlacedPods, notes: string[]) {
  // A listing of kube-system's workload pods tells whether kube-proxy runs; its static pods alone do not.
  const haveSystemPods = c.pods.some((p) => p.namespace === 'kube-system' && !p.staticPod);
  const staticApi = [...componentsOn.values()].some((s) => s.has('apiserver'));
  const etcdByLabel = nodes.some((n) => hasEtcdRole(n.labels));
  const etcdSomewhere = etcdByLabel || [...componentsOn.values()].some((s) => s.has('etcd'));
  // Only a whole listing (with its Node objects) can show that no node runs etcd.
  const externalEtcd = c.nodes.length > 0 && staticApi && !etcdSomewhere;
  if (externalEtcd) notes.push('no etcd pod runs on a node: modelled etcd as one external member');
  return { haveSystemPods, staticApi, etcdByLabel, etcdSomewhere, externalEtcd };
}

function noteLeftOut(c: Collected, notes: string[]): void {
  if (c.leftOut.size > 0) notes.push(`left out objects the model has no place for yet: ${c.leftOut.describe()}`);
  if (c.unknown.size > 0) notes.push(`left out objects whose kind nothing tells: ${c.unknown.describe()}`);
  if (c.duplicates > 0) notes.push(`skipped ${c.duplicates} object(s) found twice in the input`);
}

function single<T>(values: (T | undefined)[]): T | undefined {
  const set = new Set(values.filter((v) => v !== undefined));
  return set.size === 1 ? [...set][0] : undefined;
}
