import type { ComponentKind, ContainerSpec, PodSpec } from '@kubegram/model';
import { componentOfPod } from './_control-plane.js';
import { formatCpu, formatMemory } from './_format-quantity.js';
import type { Ids } from './_ids.js';
import type { ContainerRecord, PodRecord } from './_records.js';
import { Tally } from './_tally.js';
import { parseQuantity } from './parse-quantity.js';

const POD_PHASES = new Set(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']);

/** Pods sorted by what the model makes of them: node components (by node), pods to draw, and which were components. */
export interface PlacedPods {
  componentsOn: Map<string, Set<ComponentKind>>;
  appPods: PodRecord[];
  componentPods: Set<PodRecord>;
}

/** Tells node components (static control-plane pods, kube-proxy) from pods; notes pods on no node or on a node not in the input. */
export function placePods(pods: readonly PodRecord[], nodeIds: ReadonlyMap<string, string>, notes: string[]): PlacedPods {
  const componentsOn = new Map<string, Set<ComponentKind>>();
  const appPods: PodRecord[] = [];
  const componentPods = new Set<PodRecord>();
  const unscheduled = new Tally();
  const elsewhere = new Tally();
  for (const pod of pods) {
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

  return { componentsOn, appPods, componentPods };
}

/** The pod specs of each node, by node name. */
export function podsOf(pods: PodRecord[], ids: Ids, workloadOf: (pod: PodRecord) => string | undefined, selectorKeys: ReadonlySet<string>, notes: string[]): Map<string, PodSpec[]> {
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

