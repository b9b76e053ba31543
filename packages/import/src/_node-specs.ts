import type { ComponentKind, ComponentSpec, NodeSpec, PodSpec } from '@kubegram/model';
import type { Collected } from './_collect.js';
import { CONTROL_PLANE_ORDER, distributionOf, hasControlPlaneRole, hasEtcdRole, MANAGED, type Distribution } from './_control-plane.js';
import { formatCpu, formatReadableMemory } from './_format-quantity.js';
import { reserveComponents, type Ids } from './_ids.js';
import { parseRuntime } from './_node-info.js';
import type { NodeRecord } from './_records.js';
import { Tally } from './_tally.js';
import { parseQuantity } from './parse-quantity.js';

const TAINT_EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

/** The nodes of the input; without Node objects (pods only, or manifests), the pods' spec.nodeName still names the machines. */
export function nodesOf(c: Collected, notes: string[]): NodeRecord[] {
  if (c.nodes.length > 0) return c.nodes;
  const names = [...new Set(c.pods.map((p) => p.nodeName).filter((n) => n !== undefined))];
  if (names.length === 0) return [];
  notes.push(`the input has no Node objects: made ${names.length} node(s) from the pods' spec.nodeName (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}), without capacity, versions or runtime`);
  return names.map((name) => ({ name, at: { file: '', path: '' }, labels: {}, taints: [], unschedulable: false, providerID: undefined, capacity: { cpu: undefined, memory: undefined, pods: undefined }, kubeletVersion: undefined, runtimeVersion: undefined, os: undefined, arch: undefined }));
}

/** What the cluster as a whole says about where its control plane runs. */
export interface ControlPlaneFacts {
  managed: string | undefined;
  provider: string | undefined;
  externalEtcd: boolean;
  etcdSomewhere: boolean;
}

/** EKS, GKE and AKS run the control plane out of sight; the picture still needs one, so a node is added when none runs an apiserver. */
export function addControlPlane(nodeSpecs: NodeSpec[], c: Collected, ids: Ids, facts: ControlPlaneFacts, notes: string[]): void {
  const { managed, provider, externalEtcd, etcdSomewhere } = facts;
  if (nodeSpecs.some((n) => n.role === 'control-plane' && n.components?.some((k) => k.kind === 'apiserver'))) return;
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

/** The managed service that runs the control plane, as the nodes' distribution tells. */
export const managedBy = (nodes: readonly NodeRecord[]): string | undefined =>
  [...new Set(nodes.map(distributionOf).filter((d) => d !== undefined))].map((d) => MANAGED[d]).find((m) => m !== undefined);

/** What a node needs from the whole input to be built. */
export interface NodeContext {
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

/** The spec of one node: its role, components, details and pods. */
export function nodeSpecOf(node: NodeRecord, ctx: NodeContext): NodeSpec {
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

// The labels the managed clouds and the common node provisioners put a node's pool in.
const POOL_LABELS = [
  'eks.amazonaws.com/nodegroup',
  'alpha.eksctl.io/nodegroup-name',
  'karpenter.sh/nodepool',
  'cloud.google.com/gke-nodepool',
  'kubernetes.azure.com/agentpool',
  'agentpool',
  'doks.digitalocean.com/node-pool',
] as const;

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
  const pool = POOL_LABELS.map((l) => n.labels[l]).find((v) => v !== undefined && v !== '');
  return {
    ...(taints.length > 0 ? { taints } : {}),
    ...(n.unschedulable ? { cordoned: true } : {}),
    ...(n.os === undefined ? {} : { os: n.os }),
    ...(n.arch === undefined ? {} : { arch: n.arch }),
    ...(instanceType === undefined || instanceType === '' ? {} : { instanceType }),
    ...(pool === undefined ? {} : { pool }),
    ...(zone === undefined || zone === '' ? {} : { zone }),
  };
}

/** Notes what nodes say that the model cannot hold: capacity that is not a quantity; and which were cordoned. */
export function noteNodeDetails(nodes: NodeRecord[], notes: string[]): void {
  const cordoned = new Tally();
  const noCapacity = new Tally();
  for (const n of nodes) {
    if (n.unschedulable) cordoned.add('cordoned node', n.name);
    if (n.at.file !== '' && (n.capacity.cpu !== undefined || n.capacity.memory !== undefined) && capacityOf(n) === undefined) noCapacity.add('node', `${n.name} (cpu ${JSON.stringify(n.capacity.cpu)}, memory ${JSON.stringify(n.capacity.memory)})`);
  }
  if (cordoned.size > 0) notes.push(`marked cordoned nodes unschedulable: ${cordoned.describe()}`);
  if (noCapacity.size > 0) notes.push(`left out capacity that is not a Kubernetes quantity: ${noCapacity.describe()}`);
}
