import { inferKind } from './_kinds.js';
import { readIngress, readService, type IngressRecord, type ServiceRecord } from './_network-records.js';
import { nameOf, namespaceOf, readNode, readPod, readWorkload, type NodeRecord, type PodRecord, type WorkloadRecord } from './_records.js';
import type { ObjectSink, Place } from './_sink.js';
import { Tally } from './_tally.js';
import { arr, obj, str } from './_values.js';
import type { ImportProblem } from './types.js';

/** Everything read from the inputs, reduced to what the model can use, and what was not. */
export interface Collected {
  nodes: NodeRecord[];
  pods: PodRecord[];
  workloads: WorkloadRecord[];
  services: ServiceRecord[];
  ingresses: IngressRecord[];
  /** Names of the Namespace objects read. */
  namespaces: string[];
  /** Objects of kinds the model does not hold, by kind. */
  leftOut: Tally;
  /** Objects whose kind nothing tells. */
  unknown: Tally;
  duplicates: number;
  problems: ImportProblem[];
  notes: string[];
}

type Reader = (kind: string, value: Record<string, unknown>, at: Place, into: Collected) => void;

const CORE_GROUP = (apiVersion: string | undefined) => apiVersion === undefined || apiVersion === 'v1';
const INGRESS_GROUP = (apiVersion: string | undefined) => apiVersion === undefined || /^(networking\.k8s\.io|extensions)\//.test(apiVersion);
const WORKLOAD_GROUP = (apiVersion: string | undefined) => apiVersion === undefined || /^(apps|extensions|batch)\//.test(apiVersion);

// Kinds the model holds, each with the reader that reduces it; every other kind is left out.
const READERS: Record<string, { group: (apiVersion: string | undefined) => boolean; read: Reader }> = {
  Node: { group: CORE_GROUP, read: (_k, v, at, into) => push(into.nodes, readNode(v, at, into.problems)) },
  Pod: { group: CORE_GROUP, read: (_k, v, at, into) => push(into.pods, readPod(v, at, into.problems)) },
  Service: { group: CORE_GROUP, read: (_k, v, at, into) => push(into.services, readService(v, at, into.problems)) },
  Ingress: { group: INGRESS_GROUP, read: (_k, v, at, into) => push(into.ingresses, readIngress(v, at, into.problems)) },
  Namespace: { group: CORE_GROUP, read: (_k, v, at, into) => push(into.namespaces, nameOf(v, at, 'Namespace', into.problems)) },
  ...Object.fromEntries(
    ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'].map((kind) => [
      kind,
      { group: WORKLOAD_GROUP, read: ((k, v, at, into) => push(into.workloads, readWorkload(k, v, at, into.problems))) as Reader },
    ]),
  ),
};

// Objects that live outside namespaces: a stray `metadata.namespace` on one does not make it another object.
const CLUSTER_SCOPED = new Set(['Node', 'Namespace']);

function push<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}

/** A sink that reduces every object it is handed, as it comes, into `Collected`. */
export function createCollector(): ObjectSink & { collected: Collected } {
  const collected: Collected = { nodes: [], pods: [], workloads: [], services: [], ingresses: [], namespaces: [], leftOut: new Tally(), unknown: new Tally(), duplicates: 0, problems: [], notes: [] };
  // The same object often appears twice in a support bundle (a per-namespace file and an "all" file).
  const seen = new Set<string>();
  const sink = {
    collected,
    problem: (p: ImportProblem) => collected.problems.push(p),
    note: (text: string) => collected.notes.push(text),
    object(value: unknown, at: Place, listKind?: string): void {
      const o = obj(value);
      if (o === undefined) {
        if (value !== null) collected.unknown.add('not an object', `${at.file}${at.path ? ` ${at.path}` : ''}`);
        return;
      }
      const kind = str(o.kind) ?? inferKind(o, listKind, at.file);
      // An empty list prints "items": null (kubectl cluster-info dump does so).
      if (kind !== undefined && kind.endsWith('List') && (Array.isArray(o.items) || o.items === null)) {
        arr(o.items).forEach((item, i) => sink.object(item, { ...at, path: `${at.path ? `${at.path}.` : ''}items[${i}]` }, kind));
        return;
      }
      if (kind === undefined) {
        collected.unknown.add('without a kind', `${at.file}${at.path ? ` ${at.path}` : ''}`);
        return;
      }
      const name = str(obj(o.metadata)?.name);
      const reader = READERS[kind];
      if (reader === undefined || !reader.group(str(o.apiVersion))) {
        collected.leftOut.add(str(o.apiVersion)?.includes('/') && reader !== undefined ? `${kind} (${str(o.apiVersion)})` : kind, name === undefined ? at.path : CLUSTER_SCOPED.has(kind) ? name : `${namespaceOf(o)}/${name}`);
        return;
      }
      if (name !== undefined) {
        const key = `${kind}/${CLUSTER_SCOPED.has(kind) ? '' : namespaceOf(o)}/${name}`;
        if (seen.has(key)) {
          collected.duplicates += 1;
          return;
        }
        seen.add(key);
      }
      reader.read(kind, o, at, collected);
    },
  };
  return sink;
}
