import { CpuQuantity, formatPath, MemoryQuantity, type ClusterSpec, type ComponentSpec, type NodeSpec, type PodSpec, type WorkloadSpec } from '@kubegram/model';
import type { z } from 'zod';
import type { LocatedProblem } from '../_problems.js';
import { parseRuntime, providerOf, readableMemory, toId } from './_node-info.js';
import { KubeNode, KubePod, KubeWorkload, KUBE_WORKLOAD_KINDS } from './kube-objects.js';
import type { KubeInputObject } from './read-kube-objects.js';

/** Options of `importCluster`. */
export interface ImportOptions {
  /** Id of the cluster in the model. */
  id?: string;
  /** Label of the cluster in diagrams. */
  label?: string;
  /** File the objects came from, named in problems. */
  file?: string;
}

/** The model of a real cluster, with notes on what was left out or assumed; or the problems found. */
export type ImportResult = { ok: true; spec: ClusterSpec; notes: string[] } | { ok: false; errors: LocatedProblem[] };

const DEFAULTS: Required<Omit<ImportOptions, 'label'>> = { id: 'cluster', file: '<input>' };

// kubeadm runs the control plane as static pods named `<component>-<node name>` in kube-system.
const STATIC_COMPONENTS: [prefix: string, kind: ComponentSpec['kind']][] = [
  ['kube-apiserver-', 'apiserver'],
  ['kube-scheduler-', 'scheduler'],
  ['kube-controller-manager-', 'controller-manager'],
  ['cloud-controller-manager-', 'cloud-controller-manager'],
  ['etcd-', 'etcd'],
];
const CONTROL_PLANE_LABELS = ['node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master'];
const POD_PHASES = new Set(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']);

type Parsed<T extends z.ZodType> = z.infer<T> & { path: string };

/**
 * Turns Kubernetes objects (from `kubectl get nodes,pods -A -o json`, or manifests) into a model:
 * node roles from the control-plane label, capacity and versions from the node status, pods by
 * `spec.nodeName`, kubeadm's static control-plane pods and kube-proxy as node components, and
 * workloads from pod owners.
 */
export function importCluster(objects: readonly KubeInputObject[], options: ImportOptions = {}): ImportResult {
  const opts = { ...DEFAULTS, ...options };
  const errors: LocatedProblem[] = [];
  const nodes: Parsed<typeof KubeNode>[] = [];
  const pods: Parsed<typeof KubePod>[] = [];
  const workloadObjects: Parsed<typeof KubeWorkload>[] = [];
  const ignored = new Map<string, number>();
  for (const { value, path } of objects) {
    const schema = value.kind === 'Node' ? KubeNode : value.kind === 'Pod' ? KubePod : (KUBE_WORKLOAD_KINDS as readonly unknown[]).includes(value.kind) ? KubeWorkload : undefined;
    if (schema === undefined) {
      if (typeof value.kind !== 'string' || value.metadata === undefined) {
        errors.push({ file: opts.file, path, severity: 'error', message: 'expected a Kubernetes object with apiVersion, kind and metadata (kubectl get nodes,pods -A -o json prints them)' });
      } else ignored.set(value.kind, (ignored.get(value.kind) ?? 0) + 1);
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const inner = formatPath(issue.path);
        errors.push({ file: opts.file, path: path === '' ? inner : inner === '' ? path : `${path}.${inner}`, severity: 'error', message: `${String(value.kind)}: ${issue.message}` });
      }
      continue;
    }
    const target: { path: string }[] = value.kind === 'Node' ? nodes : value.kind === 'Pod' ? pods : workloadObjects;
    target.push({ ...(parsed.data as object), path } as never);
  }
  if (errors.length > 0) return { ok: false, errors };
  if (nodes.length === 0) {
    return {
      ok: false,
      errors: [{ file: opts.file, path: '', severity: 'error', message: 'expected at least one v1 Node: export them with "kubectl get nodes,pods -A -o json"' }],
    };
  }

  const notes: string[] = [];
  const taken = new Set<string>([opts.id, 'kubectl', 'cloud-provider-api']);
  const unique = (name: string, qualifier?: string): string => {
    const stem = toId(name);
    let id = stem;
    if (taken.has(id) && qualifier !== undefined) id = toId(`${name}.${qualifier}`);
    for (let i = 2; taken.has(id); i++) id = `${stem}-${i}`;
    taken.add(id);
    return id;
  };

  const nodeIds = new Map<string, string>();
  for (const node of nodes) {
    const id = unique(node.metadata.name);
    nodeIds.set(node.metadata.name, id);
    for (const [, kind] of STATIC_COMPONENTS) taken.add(`${id}-${kind}`);
    for (const kind of ['kubelet', 'kube-proxy', 'container-runtime']) taken.add(`${id}-${kind}`);
  }

  const providers = new Set(nodes.map((n) => providerOf(n.spec?.providerID)).filter((p) => p !== undefined));
  const provider = providers.size === 1 ? [...providers][0] : undefined;
  const region = provider === undefined ? undefined : nodes.map((n) => n.metadata.labels?.['topology.kubernetes.io/region']).find((r) => r !== undefined);

  // kube-system's pods tell which components run where; without them, the role's defaults stand in.
  const haveSystemPods = pods.some((p) => p.metadata.namespace === 'kube-system');
  const workloads = new Map<string, WorkloadSpec & { key: string }>();
  // Every pod a workload owns counts towards its replicas, scheduled or not.
  const countWorkload = (pod: Parsed<typeof KubePod>): string | undefined => {
    const owner = ownerWorkload(pod.metadata.ownerReferences, pod.metadata.labels, workloadObjects, pod.metadata.namespace);
    if (owner === undefined) return undefined;
    const key = `${pod.metadata.namespace ?? 'default'}/${owner.kind}/${owner.name}`;
    let w = workloads.get(key);
    if (w === undefined) {
      const namespace = pod.metadata.namespace && pod.metadata.namespace !== 'default' ? { namespace: pod.metadata.namespace } : {};
      w = { key, id: unique(owner.name, pod.metadata.namespace), kind: owner.kind, ...namespace, replicas: { desired: 0, current: 0 } };
      workloads.set(key, w);
    }
    w.replicas.desired += 1;
    if (pod.status?.phase === 'Running' || pod.status?.phase === 'Succeeded') w.replicas.current += 1;
    return w.id;
  };

  const componentsOn = new Map<string, Set<ComponentSpec['kind']>>();
  const appPods: Parsed<typeof KubePod>[] = [];
  const unscheduled: string[] = [];
  const elsewhere: string[] = [];
  for (const pod of pods) {
    const nodeName = pod.spec.nodeName;
    const qualified = `${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
    if (nodeName === undefined) {
      unscheduled.push(qualified);
      countWorkload(pod);
      continue;
    }
    if (!nodeIds.has(nodeName)) {
      elsewhere.push(qualified);
      continue;
    }
    const kind = pod.metadata.namespace === 'kube-system' ? componentKindOf(pod) : undefined;
    if (kind !== undefined && (kind !== 'cloud-controller-manager' || provider !== undefined)) {
      const set = componentsOn.get(nodeName) ?? new Set();
      set.add(kind);
      componentsOn.set(nodeName, set);
    } else appPods.push(pod);
  }
  if (unscheduled.length > 0) notes.push(`left out ${unscheduled.length} pod(s) not scheduled to a node: ${unscheduled.join(', ')}`);
  if (elsewhere.length > 0) notes.push(`left out ${elsewhere.length} pod(s) on nodes missing from the input: ${elsewhere.join(', ')}`);

  const staticApi = [...componentsOn.values()].some((s) => s.has('apiserver'));
  const externalEtcd = staticApi && ![...componentsOn.values()].some((s) => s.has('etcd'));
  if (externalEtcd) notes.push('no etcd pod runs on a node: modelled etcd as one external member');

  const podsOn = new Map<string, PodSpec[]>();
  for (const pod of appPods) {
    const id = unique(pod.metadata.name, pod.metadata.namespace);
    const workload = countWorkload(pod);
    const containerIds = new Set<string>();
    const spec: PodSpec = {
      id,
      ...(id === pod.metadata.name ? {} : { label: pod.metadata.name }),
      ...(pod.metadata.namespace && pod.metadata.namespace !== 'default' ? { namespace: pod.metadata.namespace } : {}),
      ...(workload === undefined ? {} : { workload }),
      ...(POD_PHASES.has(pod.status?.phase ?? '') ? { phase: pod.status!.phase as PodSpec['phase'] } : {}),
      containers: pod.spec.containers.map((c) => {
        const cid = unique(`${id}-${c.name}`);
        containerIds.add(cid);
        const ports = [...new Set((c.ports ?? []).map((p) => p.containerPort).filter((p) => p >= 1 && p <= 65535))];
        // Requests in a form the model does not take (such as "1e3") are left out rather than failing the import.
        const cpu = CpuQuantity.safeParse(c.resources?.requests?.cpu);
        const memory = MemoryQuantity.safeParse(c.resources?.requests?.memory);
        const requests = { ...(cpu.success ? { cpu: cpu.data } : {}), ...(memory.success ? { memory: memory.data } : {}) };
        return {
          id: cid,
          label: c.name,
          image: c.image,
          ...(ports.length > 0 ? { ports } : {}),
          ...(cpu.success || memory.success ? { requests } : {}),
        };
      }),
    };
    const list = podsOn.get(pod.spec.nodeName!) ?? [];
    list.push(spec);
    podsOn.set(pod.spec.nodeName!, list);
  }

  // Workload objects in the input (manifests, `kubectl get all`) know their desired count.
  for (const object of workloadObjects) {
    const key = `${object.metadata.namespace ?? 'default'}/${object.kind}/${object.metadata.name}`;
    const w = workloads.get(key);
    if (w === undefined) continue;
    const s = object.status;
    const desired = object.kind === 'DaemonSet' ? s?.desiredNumberScheduled : object.kind === 'Job' ? object.spec?.completions : object.spec?.replicas;
    if (desired !== undefined) w.replicas.desired = desired;
    const current = object.kind === 'DaemonSet' ? s?.numberReady : object.kind === 'Job' ? s?.succeeded : (s?.readyReplicas ?? s?.replicas);
    if (current !== undefined) w.replicas.current = current;
  }

  const nodeSpecs: NodeSpec[] = nodes.map((node) => {
    const name = node.metadata.name;
    const id = nodeIds.get(name)!;
    const labels = node.metadata.labels ?? {};
    const controlPlane = CONTROL_PLANE_LABELS.some((l) => l in labels);
    const found = componentsOn.get(name) ?? new Set();
    const runtime = parseRuntime(node.status?.nodeInfo?.containerRuntimeVersion);
    const kubeletVersion = node.status?.nodeInfo?.kubeletVersion;
    const components: ComponentSpec[] = [];
    // k3s and similar run the control plane as host processes, not pods: assume the usual parts.
    const assumed = controlPlane && !found.has('apiserver');
    if (assumed && haveSystemPods) notes.push(`control-plane node "${name}" runs no kube-apiserver pod: assumed the usual control-plane components`);
    for (const [, kind] of STATIC_COMPONENTS) {
      const assumedHere = assumed && kind !== 'cloud-controller-manager' && (kind !== 'etcd' || !externalEtcd);
      if (found.has(kind) || assumedHere) components.push({ kind } as ComponentSpec);
    }
    // A Node object exists because a kubelet registered it, so every node runs one.
    components.push({ kind: 'kubelet', ...(kubeletVersion ? { version: kubeletVersion } : {}) });
    // Without kube-system's pods there is no telling; with them, no kube-proxy pod means none runs.
    if (found.has('kube-proxy') || !haveSystemPods) components.push({ kind: 'kube-proxy' });
    components.push({ kind: 'container-runtime', runtime: runtime?.runtime ?? 'containerd', ...(runtime?.version ? { version: runtime.version } : {}) });
    const capacity = node.status?.capacity;
    const memory = capacity?.memory === undefined ? undefined : readableMemory(capacity.memory);
    const podCount = capacity?.pods === undefined ? undefined : Number.parseInt(capacity.pods, 10);
    const noSchedule = (node.spec?.taints ?? []).some((t) => CONTROL_PLANE_LABELS.includes(t.key) && t.effect === 'NoSchedule');
    return {
      id,
      ...(id === name ? {} : { label: name }),
      role: controlPlane ? 'control-plane' : 'worker',
      ...(controlPlane && !noSchedule && node.spec?.unschedulable !== true ? { schedulable: true } : {}),
      ...(capacity?.cpu !== undefined && memory !== undefined
        ? { capacity: { cpu: capacity.cpu, memory, ...(Number.isFinite(podCount) ? { pods: podCount } : {}) } }
        : {}),
      components,
      ...(podsOn.has(name) ? { pods: podsOn.get(name) } : {}),
    } satisfies NodeSpec;
  });

  if (!nodeSpecs.some((n) => n.role === 'control-plane')) {
    // Managed services (EKS, GKE, AKS) hide the control plane; the picture still needs one.
    const id = unique('control-plane');
    nodeSpecs.unshift({ id, label: 'Control plane (managed)', role: 'control-plane' });
    notes.push(`no node carries the ${CONTROL_PLANE_LABELS[0]} label (a managed control plane is not listed): added the control-plane node "${id}"`);
  }
  const ignoredKinds = [...ignored].map(([kind, n]) => `${n} ${kind}`);
  if (ignoredKinds.length > 0) notes.push(`ignored objects the model does not draw: ${ignoredKinds.join(', ')}`);

  const spec: ClusterSpec = {
    id: opts.id,
    ...(options.label === undefined ? {} : { label: options.label }),
    ...(provider === undefined ? {} : { cloud: { provider, ...(region === undefined ? {} : { region }) } }),
    ...(externalEtcd ? { etcd: { topology: 'external', members: [{ id: unique('etcd'), label: 'external etcd' }] } } : {}),
    nodes: nodeSpecs,
    ...(workloads.size > 0 ? { workloads: [...workloads.values()].map(({ key: _key, ...w }) => w) } : {}),
    actors: [{ id: 'kubectl', kind: 'kubectl' }],
  };
  return { ok: true, spec, notes };
}

function componentKindOf(pod: { metadata: { name: string; ownerReferences?: { kind: string; name: string }[] | undefined } }): ComponentSpec['kind'] | undefined {
  const name = pod.metadata.name;
  const fixed = STATIC_COMPONENTS.find(([prefix]) => name.startsWith(prefix));
  if (fixed) return fixed[1];
  if (name.startsWith('kube-proxy-') && (pod.metadata.ownerReferences ?? []).some((o) => o.kind === 'DaemonSet')) return 'kube-proxy';
  return undefined;
}

type Owner = { kind: (typeof KUBE_WORKLOAD_KINDS)[number]; name: string };

// A Deployment's pods are owned by a ReplicaSet named `<deployment>-<pod-template-hash>`.
function ownerWorkload(
  refs: { kind: string; name: string; controller?: boolean | undefined }[] | undefined,
  labels: Record<string, string> | undefined,
  objects: readonly { kind: string; metadata: { name: string; namespace?: string | undefined; ownerReferences?: { kind: string; name: string }[] | undefined } }[],
  namespace: string | undefined,
): Owner | undefined {
  const ref = (refs ?? []).find((r) => r.controller !== false && (KUBE_WORKLOAD_KINDS as readonly string[]).includes(r.kind));
  if (ref === undefined) return undefined;
  if (ref.kind !== 'ReplicaSet') return { kind: ref.kind as Owner['kind'], name: ref.name };
  const rs = objects.find((o) => o.kind === 'ReplicaSet' && o.metadata.name === ref.name && (o.metadata.namespace ?? 'default') === (namespace ?? 'default'));
  const deployment = rs?.metadata.ownerReferences?.find((o) => o.kind === 'Deployment')?.name;
  if (deployment !== undefined) return { kind: 'Deployment', name: deployment };
  const hash = labels?.['pod-template-hash'];
  if (hash !== undefined && ref.name.endsWith(`-${hash}`)) return { kind: 'Deployment', name: ref.name.slice(0, -hash.length - 1) };
  return { kind: 'ReplicaSet', name: ref.name };
}
