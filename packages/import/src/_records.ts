import type { DaemonSetStatus, DeploymentSpec, DeploymentStatus } from 'kubernetes-types/apps/v1.js';
import type { CronJobSpec, CronJobStatus, JobSpec, JobStatus } from 'kubernetes-types/batch/v1.js';
import type { Container, ContainerPort, Node, NodeSpec, NodeStatus, NodeSystemInfo, Pod, PodCondition, PodSpec, PodStatus, ResourceRequirements, Taint } from 'kubernetes-types/core/v1.js';
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1.js';
import type { Place } from './_sink.js';
import { arr, str, strings, view, type Loose } from './_values.js';
import type { ImportProblem } from './types.js';

// What import keeps of each object: a few fields, so that 30,000 pods cost little memory.

/** A Node, reduced. */
export interface NodeRecord {
  name: string;
  at: Place;
  labels: Record<string, string>;
  taints: { key: string; value: string | undefined; effect: string }[];
  unschedulable: boolean;
  providerID: string | undefined;
  capacity: { cpu: unknown; memory: unknown; pods: unknown };
  kubeletVersion: string | undefined;
  runtimeVersion: string | undefined;
  os: string | undefined;
  arch: string | undefined;
}

/** A container, reduced. */
export interface ContainerRecord {
  name: string;
  image: string;
  ports: number[];
  cpu: unknown;
  memory: unknown;
}

/** An owner reference. */
export interface OwnerRecord {
  kind: string;
  name: string;
}

/** A Pod, reduced. */
export interface PodRecord {
  name: string;
  namespace: string;
  at: Place;
  nodeName: string | undefined;
  phase: string | undefined;
  /** The Ready condition, when the pod reports one. */
  ready: boolean | undefined;
  /** The labels that tell a component or a Deployment: component, tier, k8s-app, app, pod-template-hash. */
  labels: Record<string, string>;
  /** Every label, for the selectors of services. */
  allLabels: Record<string, string>;
  /** A static (mirror) pod: the kubelet runs it from a file on its node. */
  staticPod: boolean;
  owner: OwnerRecord | undefined;
  containers: ContainerRecord[];
  /** Init containers with restartPolicy Always: they run beside the app for the pod's whole life. */
  sidecars: ContainerRecord[];
  /** Init containers that run to completion before the containers start. */
  initContainers: ContainerRecord[];
}

/** A Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or CronJob, reduced. */
export interface WorkloadRecord {
  kind: string;
  name: string;
  namespace: string;
  owner: OwnerRecord | undefined;
  desired: number | undefined;
  current: number | undefined;
  ready: number | undefined;
  schedule: string | undefined;
  suspended: boolean;
}

const KEPT_POD_LABELS = ['component', 'tier', 'k8s-app', 'app', 'pod-template-hash', 'apiserver', 'scheduler', 'kube-controller-manager', 'etcd'];

const at = (place: Place, inner: string) => (place.path === '' ? inner : `${place.path}.${inner}`);
const problem = (place: Place, inner: string, message: string): ImportProblem => ({
  file: place.file,
  ...(place.line === undefined ? {} : { line: place.line }),
  path: at(place, inner),
  severity: 'error',
  message,
});

/** The name of an object, or a problem naming where it should be. */
export function nameOf(value: Record<string, unknown>, place: Place, kind: string, problems: ImportProblem[]): string | undefined {
  const name = str(view<ObjectMeta>(value.metadata)?.name);
  if (name === undefined) problems.push(problem(place, 'metadata.name', `expected the name of the ${kind}, as in "metadata": {"name": "worker-1"}`));
  return name;
}

/** The namespace of an object; "default" when absent, as the API server assumes. */
export const namespaceOf = (value: Record<string, unknown>): string => str(view<ObjectMeta>(value.metadata)?.namespace) ?? 'default';

/** The controlling owner of an object (or its first owner when none says it controls). */
export function ownerOf(value: Record<string, unknown>): OwnerRecord | undefined {
  const refs = arr(view<ObjectMeta>(value.metadata)?.ownerReferences)
    .map((r) => view<OwnerReference>(r))
    .filter((r) => r !== undefined);
  const ref = refs.find((r) => r.controller === true) ?? refs[0];
  const kind = str(ref?.kind);
  const name = str(ref?.name);
  return kind !== undefined && name !== undefined ? { kind, name } : undefined;
}

/** Reads a Node. */
export function readNode(value: Loose<Node> & Record<string, unknown>, place: Place, problems: ImportProblem[]): NodeRecord | undefined {
  const name = nameOf(value, place, 'Node', problems);
  if (name === undefined) return undefined;
  const spec = view<NodeSpec>(value.spec);
  const status = view<NodeStatus>(value.status);
  const capacity = view<Record<'cpu' | 'memory' | 'pods', unknown>>(status?.capacity);
  const info = view<NodeSystemInfo>(status?.nodeInfo);
  const labels = strings(view<ObjectMeta>(value.metadata)?.labels);
  return {
    name,
    at: place,
    labels,
    taints: arr(spec?.taints)
      .map((t) => view<Taint>(t))
      .flatMap((t) => (t !== undefined && str(t.key) !== undefined ? [{ key: str(t.key)!, value: str(t.value), effect: str(t.effect) ?? '' }] : [])),
    unschedulable: spec?.unschedulable === true,
    providerID: str(spec?.providerID),
    capacity: { cpu: capacity?.cpu, memory: capacity?.memory, pods: capacity?.pods },
    kubeletVersion: str(info?.kubeletVersion),
    runtimeVersion: str(info?.containerRuntimeVersion),
    os: str(info?.operatingSystem) ?? str(labels['kubernetes.io/os']) ?? str(labels['beta.kubernetes.io/os']),
    arch: str(info?.architecture) ?? str(labels['kubernetes.io/arch']) ?? str(labels['beta.kubernetes.io/arch']),
  };
}

function readContainer(value: unknown, place: Place, path: string, problems: ImportProblem[]): ContainerRecord | undefined {
  const c = view<Container>(value);
  const name = str(c?.name);
  const image = str(c?.image);
  if (c === undefined || name === undefined || image === undefined) {
    problems.push(problem(place, c === undefined || name === undefined ? path : `${path}.image`, c === undefined || name === undefined ? 'expected a container with a name and an image, as in {"name": "web", "image": "nginx:1.27"}' : 'expected the image of the container, as in "image": "nginx:1.27"'));
    return undefined;
  }
  const requests = view<Record<'cpu' | 'memory', unknown>>(view<ResourceRequirements>(c.resources)?.requests);
  const ports = arr(c.ports)
    .map((p) => view<ContainerPort>(p)?.containerPort)
    .filter((p): p is number => typeof p === 'number' && Number.isInteger(p) && p >= 1 && p <= 65535);
  return { name, image, ports: [...new Set(ports)], cpu: requests?.cpu, memory: requests?.memory };
}

/** Reads a Pod. */
export function readPod(value: Loose<Pod> & Record<string, unknown>, place: Place, problems: ImportProblem[]): PodRecord | undefined {
  const name = nameOf(value, place, 'Pod', problems);
  const spec = view<PodSpec>(value.spec);
  const list = arr(spec?.containers);
  if (list.length === 0) {
    problems.push(problem(place, 'spec.containers', 'expected at least one container, as in "containers": [{"name": "web", "image": "nginx:1.27"}]'));
    return undefined;
  }
  const before = problems.length;
  const containers = list.map((c, i) => readContainer(c, place, `spec.containers[${i}]`, problems));
  const sidecars: ContainerRecord[] = [];
  const initContainers: ContainerRecord[] = [];
  arr(spec?.initContainers).forEach((c, i) => {
    const record = readContainer(c, place, `spec.initContainers[${i}]`, problems);
    if (record) (view<Container>(c)?.restartPolicy === 'Always' ? sidecars : initContainers).push(record);
  });
  if (name === undefined || problems.length > before) return undefined;
  const metadata = view<ObjectMeta>(value.metadata);
  const allLabels = strings(metadata?.labels);
  const labels: Record<string, string> = {};
  for (const k of KEPT_POD_LABELS) if (allLabels[k] !== undefined) labels[k] = allLabels[k];
  const annotations = view<Record<string, unknown>>(metadata?.annotations);
  const owner = ownerOf(value);
  const status = view<PodStatus>(value.status);
  const readyCondition = arr(status?.conditions)
    .map((x) => view<PodCondition>(x))
    .find((x) => x?.type === 'Ready');
  return {
    name,
    namespace: namespaceOf(value),
    at: place,
    nodeName: str(spec?.nodeName),
    phase: str(status?.phase),
    ready: readyCondition === undefined ? undefined : readyCondition.status === 'True',
    labels,
    allLabels,
    staticPod: annotations?.['kubernetes.io/config.mirror'] !== undefined || annotations?.['kubernetes.io/config.source'] !== undefined || owner?.kind === 'Node',
    owner,
    containers: containers as ContainerRecord[],
    sidecars,
    initContainers,
  };
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

/** Reads a workload object and the replica counts it states. */
export function readWorkload(kind: string, value: Record<string, unknown>, place: Place, problems: ImportProblem[]): WorkloadRecord | undefined {
  const name = nameOf(value, place, kind, problems);
  if (name === undefined) return undefined;
  // The fields of every workload kind read here, from its API type.
  const spec = view<DeploymentSpec & JobSpec & CronJobSpec>(value.spec);
  const status = view<DeploymentStatus & DaemonSetStatus & JobStatus & CronJobStatus>(value.status);
  let desired: number | undefined;
  let current: number | undefined;
  let ready: number | undefined;
  if (kind === 'DaemonSet') {
    desired = count(status?.desiredNumberScheduled);
    current = count(status?.currentNumberScheduled) ?? count(status?.numberReady);
    ready = count(status?.numberReady);
  } else if (kind === 'Job') {
    // A Job with no completions set runs one pod to success.
    desired = count(spec?.completions) ?? (spec === undefined ? undefined : 1);
    current = count(status?.succeeded);
  } else if (kind === 'CronJob') {
    current = status === undefined ? undefined : arr(status.active).length;
  } else {
    // The API server defaults replicas to 1.
    desired = count(spec?.replicas) ?? (spec === undefined ? undefined : 1);
    current = count(status?.replicas) ?? count(status?.readyReplicas) ?? (status === undefined ? undefined : 0);
    ready = count(status?.readyReplicas) ?? (status === undefined ? undefined : 0);
  }
  return { kind, name, namespace: namespaceOf(value), owner: ownerOf(value), desired, current, ready, schedule: str(spec?.schedule), suspended: spec?.suspend === true };
}
