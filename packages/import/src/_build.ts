import type { ClusterSpec, ComponentKind, ComponentSpec, ContainerSpec, NodeSpec, PodSpec } from '@kubegram/model';
import type { Collected } from './_collect.js';
import { componentOfPod, CONTROL_PLANE_ORDER, distributionOf, hasControlPlaneRole, hasEtcdRole, MANAGED, type Distribution } from './_control-plane.js';
import { parseRuntime, providerOf, toId } from './_node-info.js';
import type { ContainerRecord, NodeRecord, PodRecord } from './_records.js';
import { Tally } from './_tally.js';
import { createOwnerResolver, type WorkloadEntry } from './_workloads.js';
import { formatCpu, formatMemory, formatReadableMemory } from './_format-quantity.js';
import { ingressesOf, namespacesOf, servicesOf } from './_network.js';
import { parseQuantity } from './parse-quantity.js';

const TAINT_EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
const POD_PHASES = new Set(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']);
const CONTROLLERS = ['node', 'replication', 'endpoints', 'service-account', 'token', 'deployment', 'job', 'namespace'];
const CLOUD_CONTROLLERS = ['node', 'route', 'service'];
const NODE_KINDS = ['apiserver', 'scheduler', 'controller-manager', 'cloud-controller-manager', 'etcd', 'kubelet', 'kube-proxy', 'container-runtime'];

/** Builds the model spec and the notes from what was collected; `collected` has nodes or pods or workloads. */
export function buildSpec(c: Collected, options: { id: string; label?: string | undefined }): { spec: ClusterSpec; notes: string[] } {
  const notes: string[] = [];
  const ids = createIds([options.id, 'kubectl', 'cloud-provider-api']);
  const nodes = nodesOf(c, notes);
  const provider = single(nodes.map((n) => providerOf(n.providerID)));
  const region = provider === undefined ? undefined : nodes.map((n) => n.labels['topology.kubernetes.io/region'] ?? n.labels['failure-domain.beta.kubernetes.io/region']).find((r) => r !== undefined);

  const nodeIds = new Map<string, string>();
  for (const node of nodes) {
    const id = ids.take(node.name);
    nodeIds.set(node.name, id);
    reserveComponents(ids, id);
  }

  // Which pods are node components (static control-plane pods, kube-proxy) and which are pods.
  const componentsOn = new Map<string, Set<ComponentKind>>();
  const appPods: PodRecord[] = [];
  const componentPods = new Set<PodRecord>();
  const unscheduled = new Tally();
  const elsewhere = new Tally();
  for (const pod of c.pods) {
    const qualified = `${pod.namespace}/${pod.name}`;
    if (pod.nodeName === undefined) unscheduled.add(pod.phase === 'Pending' ? 'pending pod' : 'pod without a node', qualified);
    else if (!nodeIds.has(pod.nodeName)) elsewhere.add('pod', qualified);
    else {
      const kind = componentOfPod(pod);
      if (kind === undefined) appPods.push(pod);
      else {
        componentPods.add(pod);
        const found = componentsOn.get(pod.nodeName) ?? new Set<ComponentKind>();
        found.add(kind);
        componentsOn.set(pod.nodeName, found);
      }
    }
  }
  if (unscheduled.size > 0) notes.push(`left out pods not scheduled to a node (counted in their workload's replicas): ${unscheduled.describe()}`);
  if (elsewhere.size > 0) notes.push(`left out pods on nodes missing from the input: ${elsewhere.describe()}`);

  const workloads = workloadsOf(c, componentPods, ids);
  // Pods keep only the labels some service selects by: the rest would only weigh the model down.
  const selectorKeys = new Set(c.services.flatMap((s) => Object.keys(s.selector)));
  const podsOn = podsOf(appPods, ids, workloads.ofPod, selectorKeys, notes);
  const services = servicesOf(c.services, ids, notes);
  const ingresses = ingressesOf(c.ingresses, services, ids, notes);
  const namespaces = namespacesOf(c.namespaces, [...appPods.map((p) => p.namespace), ...workloads.list.map((w) => w.spec.namespace ?? 'default'), ...c.services.map((s) => s.namespace), ...c.ingresses.map((g) => g.namespace)]);

  // A listing of kube-system's workload pods tells whether kube-proxy runs; its static pods alone do not.
  const haveSystemPods = c.pods.some((p) => p.namespace === 'kube-system' && !p.staticPod);
  const staticApi = [...componentsOn.values()].some((s) => s.has('apiserver'));
  const etcdByLabel = nodes.some((n) => hasEtcdRole(n.labels));
  const etcdSomewhere = etcdByLabel || [...componentsOn.values()].some((s) => s.has('etcd'));
  // Only a whole listing (with its Node objects) can show that no node runs etcd.
  const externalEtcd = c.nodes.length > 0 && staticApi && !etcdSomewhere;
  if (externalEtcd) notes.push('no etcd pod runs on a node: modelled etcd as one external member');

  const distributions = new Set(nodes.map(distributionOf).filter((d) => d !== undefined));
  const nodeSpecs = nodes.map((node) =>
    nodeSpecOf(node, {
      id: nodeIds.get(node.name)!,
      found: componentsOn.get(node.name) ?? new Set(),
      haveSystemPods,
      externalEtcd,
      apiserverSomewhere: staticApi,
      etcdByLabel,
      provider,
      pods: podsOn.get(node.name),
      notes,
    }),
  );
  noteNodeDetails(nodes, notes);

  if (!nodeSpecs.some((n) => n.role === 'control-plane' && n.components?.some((k) => k.kind === 'apiserver'))) {
    // EKS, GKE and AKS run the control plane out of sight; the picture still needs one.
    const managed = [...distributions].map((d) => MANAGED[d]).find((m) => m !== undefined);
    const id = ids.take('control-plane');
    reserveComponents(ids, id);
    const hidden = c.nodes.length === 0 || nodeSpecs.some((n) => n.role === 'control-plane');
    const label = hidden ? 'Control plane (not in the input)' : `Control plane (managed${managed ? ` by ${managed}` : ''})`;
    nodeSpecs.unshift({ id, label, role: 'control-plane', components: [{ kind: 'apiserver' }, { kind: 'scheduler' }, { kind: 'controller-manager' }, ...(provider ? [{ kind: 'cloud-controller-manager' } as const] : []), ...(externalEtcd || etcdSomewhere ? [] : [{ kind: 'etcd' } as const])] });
    notes.push(
      hidden
        ? `no node in the input runs a kube-apiserver: added the control-plane node "${id}" so the model is whole`
        : `no node is a control-plane node (no node-role.kubernetes.io/control-plane label, no control-plane static pods): the control plane is managed${managed ? ` by ${managed}` : ''} and not listed, so added the control-plane node "${id}"`,
    );
  }
  if (c.leftOut.size > 0) notes.push(`left out objects the model has no place for yet: ${c.leftOut.describe()}`);
  if (c.unknown.size > 0) notes.push(`left out objects whose kind nothing tells: ${c.unknown.describe()}`);
  if (c.duplicates > 0) notes.push(`skipped ${c.duplicates} object(s) found twice in the input`);

  const spec: ClusterSpec = {
    id: options.id,
    ...(options.label === undefined ? {} : { label: options.label }),
    ...(provider === undefined ? {} : { cloud: { provider, ...(region === undefined ? {} : { region }) } }),
    ...(externalEtcd ? { etcd: { topology: 'external', members: [{ id: ids.take('etcd'), label: 'external etcd' }] } } : {}),
    nodes: nodeSpecs,
    ...(namespaces === undefined ? {} : { namespaces }),
    ...(workloads.list.length > 0 ? { workloads: workloads.list.map((w) => w.spec) } : {}),
    ...(services.length > 0 ? { services } : {}),
    ...(ingresses.length > 0 ? { ingresses } : {}),
    actors: [{ id: 'kubectl', kind: 'kubectl' }],
  };
  return { spec, notes };
}

function single<T>(values: (T | undefined)[]): T | undefined {
  const set = new Set(values.filter((v) => v !== undefined));
  return set.size === 1 ? [...set][0] : undefined;
}

function createIds(initial: string[]) {
  const taken = new Set(initial);
  return {
    /** A fresh model id from a Kubernetes name, qualified by its namespace when the name is taken. */
    take(name: string, qualifier?: string): string {
      const stem = toId(name).slice(0, 240);
      let id = stem;
      if (taken.has(id) && qualifier !== undefined) id = toId(`${name}.${qualifier}`).slice(0, 240);
      for (let i = 2; taken.has(id); i++) id = `${stem}-${i}`;
      taken.add(id);
      return id;
    },
    reserve(id: string): void {
      taken.add(id);
    },
  };
}

// The model names components and their controllers after their node; no pod may take those ids.
function reserveComponents(ids: ReturnType<typeof createIds>, nodeId: string): void {
  for (const kind of NODE_KINDS) ids.reserve(`${nodeId}-${kind}`);
  for (const k of CONTROLLERS) ids.reserve(`${nodeId}-controller-manager-${k}`);
  for (const k of CLOUD_CONTROLLERS) ids.reserve(`${nodeId}-cloud-controller-manager-${k}`);
}

// Without Node objects (pods only, or manifests), the pods' spec.nodeName still names the machines.
function nodesOf(c: Collected, notes: string[]): NodeRecord[] {
  if (c.nodes.length > 0) return c.nodes;
  const names = [...new Set(c.pods.map((p) => p.nodeName).filter((n) => n !== undefined))];
  if (names.length === 0) return [];
  notes.push(`the input has no Node objects: made ${names.length} node(s) from the pods' spec.nodeName (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}), without capacity, versions or runtime`);
  return names.map((name) => ({ name, at: { file: '', path: '' }, labels: {}, taints: [], unschedulable: false, providerID: undefined, capacity: { cpu: undefined, memory: undefined, pods: undefined }, kubeletVersion: undefined, runtimeVersion: undefined, os: undefined, arch: undefined }));
}

// Pods that are node components (kube-proxy's DaemonSet) are drawn as components, not as a workload.
function workloadsOf(c: Collected, componentPods: Set<PodRecord>, ids: ReturnType<typeof createIds>) {
  const resolver = createOwnerResolver(c.workloads);
  const entries = new Map<string, WorkloadEntry>();
  const entry = (namespace: string, owner: { kind: string; name: string }): WorkloadEntry => {
    const key = `${namespace}/${owner.kind}/${owner.name}`;
    let e = entries.get(key);
    if (e === undefined) {
      e = {
        key,
        stated: false,
        spec: {
          id: ids.take(owner.name, namespace),
          kind: owner.kind as 'Job',
          ...(namespace === 'default' ? {} : { namespace }),
          replicas: { desired: 0, current: 0 },
        },
      };
      entries.set(key, e);
    }
    return e;
  };
  const podWorkload = new Map<PodRecord, string>();
  const componentOwners = new Set<string>();
  for (const pod of c.pods) {
    const owner = resolver.ofPod(pod);
    if (owner === undefined) continue;
    if (componentPods.has(pod)) {
      componentOwners.add(`${pod.namespace}/${owner.kind}/${owner.name}`);
      continue;
    }
    const e = entry(pod.namespace, owner);
    e.spec.replicas.desired += 1;
    if (pod.phase === 'Running' || pod.phase === 'Succeeded') e.spec.replicas.current += 1;
    podWorkload.set(pod, e.spec.id);
  }
  // Workload objects (manifests, `kubectl get all`) know their desired and ready counts.
  for (const o of c.workloads) {
    const owner = resolver.ofObject(o);
    if (owner === undefined || componentOwners.has(`${o.namespace}/${owner.kind}/${owner.name}`)) continue;
    const e = entry(o.namespace, owner);
    if (o.desired !== undefined) e.spec.replicas.desired = o.desired;
    if (o.current !== undefined) e.spec.replicas.current = o.current;
    // A snapshot taken mid-rollout may count more ready than current; ready is a part of current.
    if (o.ready !== undefined) e.spec.replicas.ready = Math.min(o.ready, e.spec.replicas.current);
    if (o.kind === 'CronJob' && o.schedule !== undefined) e.spec.schedule = o.schedule;
    if (o.suspended && (o.kind === 'CronJob' || o.kind === 'Job')) e.spec.suspended = true;
  }
  return { list: [...entries.values()], ofPod: (pod: PodRecord) => podWorkload.get(pod) };
}

function podsOf(pods: PodRecord[], ids: ReturnType<typeof createIds>, workloadOf: (pod: PodRecord) => string | undefined, selectorKeys: ReadonlySet<string>, notes: string[]): Map<string, PodSpec[]> {
  const podsOn = new Map<string, PodSpec[]>();
  const dropped = new Tally();
  for (const pod of pods) {
    const id = ids.take(pod.name, pod.namespace);
    const workload = workloadOf(pod);
    const labels = Object.entries(pod.allLabels).filter(([k]) => selectorKeys.has(k));
    const container = (ctr: ContainerRecord) => containerSpec(ctr, ids.take(`${id}-${ctr.name}`), `${pod.namespace}/${pod.name}/${ctr.name}`, dropped);
    const spec: PodSpec = {
      id,
      ...(id === pod.name ? {} : { label: pod.name }),
      ...(pod.namespace === 'default' ? {} : { namespace: pod.namespace }),
      ...(workload === undefined ? {} : { workload }),
      ...(POD_PHASES.has(pod.phase ?? '') ? { phase: pod.phase as PodSpec['phase'] } : {}),
      // Only a running pod can be ready; a stale condition on a finished one says nothing.
      ...(pod.ready === undefined || (pod.ready && pod.phase !== undefined && pod.phase !== 'Running') ? {} : { ready: pod.ready }),
      ...(labels.length > 0 ? { labels: Object.fromEntries(labels) } : {}),
      ...(pod.initContainers.length > 0 ? { initContainers: pod.initContainers.map(container) } : {}),
      containers: [...pod.sidecars.map((ctr) => ({ ...container(ctr), sidecar: true })), ...pod.containers.map(container)],
    };
    const list = podsOn.get(pod.nodeName!) ?? [];
    list.push(spec);
    podsOn.set(pod.nodeName!, list);
  }
  if (dropped.size > 0) notes.push(`left out resource requests the model cannot hold: ${dropped.describe()}`);
  return podsOn;
}

function containerSpec(c: ContainerRecord, id: string, name: string, dropped: Tally): ContainerSpec {
  const request = (value: unknown, what: 'cpu' | 'memory'): string | undefined => {
    if (value === undefined || value === null) return undefined;
    const q = parseQuantity(value);
    const text = q === undefined ? undefined : what === 'cpu' ? formatCpu(q) : formatMemory(q);
    if (text === undefined) dropped.add(`${what} request`, `${name} (${JSON.stringify(value)})`);
    return text;
  };
  const cpu = request(c.cpu, 'cpu');
  const memory = request(c.memory, 'memory');
  return {
    id,
    label: c.name,
    image: c.image,
    ...(c.ports.length > 0 ? { ports: c.ports } : {}),
    ...(cpu !== undefined || memory !== undefined ? { requests: { ...(cpu === undefined ? {} : { cpu }), ...(memory === undefined ? {} : { memory }) } } : {}),
  };
}

interface NodeContext {
  id: string;
  found: Set<ComponentKind>;
  haveSystemPods: boolean;
  externalEtcd: boolean;
  /** Whether an apiserver pod is in the input at all. */
  apiserverSomewhere: boolean;
  /** Whether nodes say by label which of them run etcd (RKE1, k3s and RKE2 with embedded etcd). */
  etcdByLabel: boolean;
  provider: string | undefined;
  pods: PodSpec[] | undefined;
  notes: string[];
}

const EMBEDDED: Partial<Record<Distribution, string>> = {
  k3s: 'k3s runs the control plane inside its server process, not in pods',
  rke2: 'RKE2 runs the control plane as static pods not in the input',
  rke1: 'RKE1 runs the control plane as Docker containers outside Kubernetes',
};

function nodeSpecOf(node: NodeRecord, ctx: NodeContext): NodeSpec {
  const distribution = distributionOf(node);
  const cpFound = CONTROL_PLANE_ORDER.filter((k) => ctx.found.has(k));
  const roleLabel = hasControlPlaneRole(node.labels);
  const etcdLabel = hasEtcdRole(node.labels);
  const controlPlane = roleLabel || etcdLabel || cpFound.length > 0;
  const components: ComponentSpec[] = [];
  let kinds: ComponentKind[] = cpFound;
  if (controlPlane && cpFound.length === 0) {
    // No control-plane pod on this node: the distribution tells how its control plane runs.
    kinds = [...(roleLabel ? (['apiserver', 'scheduler', 'controller-manager'] as const) : []), ...(etcdLabel || (roleLabel && !ctx.etcdByLabel && distribution !== 'k3s' && distribution !== 'rke1') ? (['etcd'] as const) : [])];
    const why = distribution === undefined ? undefined : EMBEDDED[distribution];
    if (why !== undefined) ctx.notes.push(`node "${node.name}": ${why}; drew ${kinds.join(', ')}${distribution === 'k3s' && !etcdLabel ? ' (its datastore is SQLite or an external database through kine, which the model cannot hold)' : ''}`);
    else if (ctx.haveSystemPods) ctx.notes.push(`control-plane node "${node.name}" runs no control-plane pod: assumed ${kinds.join(', ')}`);
  }
  if (roleLabel && cpFound.length > 0 && !ctx.apiserverSomewhere) {
    // Some control-plane pods but no apiserver's (OpenShift's openshift-kube-apiserver namespace left out, say).
    kinds = ['apiserver', ...kinds];
    ctx.notes.push(`control-plane node "${node.name}" runs ${cpFound.join(', ')} pods but the input has no kube-apiserver pod: assumed one runs there`);
  }
  for (const kind of kinds) {
    if (kind === 'cloud-controller-manager' && ctx.provider === undefined) {
      ctx.notes.push(`left out the cloud-controller-manager on "${node.name}": no node names a cloud in spec.providerID`);
      continue;
    }
    if (kind === 'etcd' && ctx.externalEtcd) continue;
    components.push({ kind } as ComponentSpec);
  }
  // A Node object exists because a kubelet registered it, so every node runs one.
  components.push({ kind: 'kubelet', ...(node.kubeletVersion ? { version: node.kubeletVersion } : {}) });
  // Without kube-system's pods there is no telling; with them, no kube-proxy pod means none runs (k3s embeds it).
  if (ctx.found.has('kube-proxy') || !ctx.haveSystemPods || distribution === 'k3s') components.push({ kind: 'kube-proxy' });
  const runtime = parseRuntime(node.runtimeVersion);
  components.push({ kind: 'container-runtime', ...(runtime ? { runtime: runtime.runtime, ...(runtime.version ? { version: runtime.version } : {}) } : {}) });
  const capacity = capacityOf(node);
  const controlPlaneTaint = node.taints.some((t) => /^node-role\.kubernetes\.io\/(control-plane|master|controlplane|etcd)$/.test(t.key) && (t.effect === 'NoSchedule' || t.effect === 'NoExecute'));
  const schedulable = controlPlane ? (!controlPlaneTaint && !node.unschedulable ? true : undefined) : node.unschedulable ? false : undefined;
  return {
    id: ctx.id,
    ...(ctx.id === node.name ? {} : { label: node.name }),
    role: controlPlane ? 'control-plane' : 'worker',
    ...(schedulable === undefined ? {} : { schedulable }),
    ...(capacity === undefined ? {} : { capacity }),
    ...nodeDetailsOf(node),
    components,
    ...(ctx.pods === undefined ? {} : { pods: ctx.pods }),
  };
}

function capacityOf(node: NodeRecord): NodeSpec['capacity'] {
  const cpuQ = parseQuantity(node.capacity.cpu);
  const memQ = parseQuantity(node.capacity.memory);
  const cpu = cpuQ === undefined ? undefined : formatCpu(cpuQ);
  const memory = memQ === undefined ? undefined : formatReadableMemory(memQ);
  if (cpu === undefined || memory === undefined) return undefined;
  const podsQ = parseQuantity(node.capacity.pods);
  const pods = podsQ === undefined || podsQ.numerator < 0n ? undefined : Number(podsQ.numerator / podsQ.denominator);
  return { cpu, memory, ...(pods !== undefined && Number.isSafeInteger(pods) ? { pods } : {}) };
}

// What a node says about itself: taints, cordon, OS and architecture, and where the cloud put it.
function nodeDetailsOf(n: NodeRecord): Partial<NodeSpec> {
  const seen = new Set<string>();
  const taints = n.taints.flatMap((t) => {
    const key = `${t.key}:${t.effect}`;
    if (!TAINT_EFFECTS.has(t.effect) || seen.has(key)) return [];
    seen.add(key);
    return [{ key: t.key, ...(t.value === undefined ? {} : { value: t.value }), effect: t.effect as 'NoSchedule' }];
  });
  const instanceType = n.labels['node.kubernetes.io/instance-type'] ?? n.labels['beta.kubernetes.io/instance-type'];
  const zone = n.labels['topology.kubernetes.io/zone'] ?? n.labels['failure-domain.beta.kubernetes.io/zone'];
  return {
    ...(taints.length > 0 ? { taints } : {}),
    ...(n.unschedulable ? { cordoned: true } : {}),
    ...(n.os === undefined ? {} : { os: n.os }),
    ...(n.arch === undefined ? {} : { arch: n.arch }),
    ...(instanceType === undefined || instanceType === '' ? {} : { instanceType }),
    ...(zone === undefined || zone === '' ? {} : { zone }),
  };
}

// What nodes say that the model cannot hold: capacity that is not a quantity.
function noteNodeDetails(nodes: NodeRecord[], notes: string[]): void {
  const cordoned = new Tally();
  const noCapacity = new Tally();
  for (const n of nodes) {
    if (n.unschedulable) cordoned.add('cordoned node', n.name);
    if (n.at.file !== '' && (n.capacity.cpu !== undefined || n.capacity.memory !== undefined) && capacityOf(n) === undefined) noCapacity.add('node', `${n.name} (cpu ${JSON.stringify(n.capacity.cpu)}, memory ${JSON.stringify(n.capacity.memory)})`);
  }
  if (cordoned.size > 0) notes.push(`marked cordoned nodes unschedulable: ${cordoned.describe()}`);
  if (noCapacity.size > 0) notes.push(`left out capacity that is not a Kubernetes quantity: ${noCapacity.describe()}`);
}
