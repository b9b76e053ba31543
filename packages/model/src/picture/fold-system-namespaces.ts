import type { Cluster } from '../cluster.js';
import type { Namespace } from '../namespace.js';
import type { Node } from '../node.js';
import type { Pod, PodPhase } from '../pod.js';
import { podIds, remapRelations, type Moved } from './_remap.js';

/** Namespaces that hold the cluster's own machinery rather than its applications, besides every `kube-*` one. */
export const SYSTEM_NAMESPACES: readonly string[] = ['calico-system', 'tigera-operator', 'gmp-system', 'gke-managed-system', 'cattle-system', 'local-path-storage', 'amazon-cloudwatch'];

/** Whether a namespace holds the cluster's own machinery: `kube-system`, `kube-public`, any `kube-*`, and `SYSTEM_NAMESPACES`. */
export const isSystemNamespace = (ns: string): boolean => ns.startsWith('kube-') || SYSTEM_NAMESPACES.includes(ns);

/** Options of `foldSystemNamespaces`. */
export interface FoldSystemOptions {
  /** System namespaces to leave as they are (those asked for by name). */
  keep?: readonly string[];
}

// The worst phase of a group stands for it, so a failed system pod still shows.
const PHASE_ORDER: readonly PodPhase[] = ['Failed', 'Unknown', 'Pending', 'Running', 'Succeeded'];

/**
 * The cluster with its system namespaces folded: on each node the system pods become one pod
 * (`kube-system ×N`, showing the first containers of up to three different ones), and their workloads,
 * services and ingresses are left out. The same cluster when it has nothing to fold.
 */
export function foldSystemNamespaces(cluster: Cluster, options: FoldSystemOptions = {}): Cluster {
  return foldSystemNamespacesMoved(cluster, options).cluster;
}

/** `foldSystemNamespaces`, and where each folded-away pod, container and volume is drawn now. */
export function foldSystemNamespacesMoved(cluster: Cluster, options: FoldSystemOptions = {}): Moved {
  // Most clusters drawn have no system pod or workload: they are known unchanged before anything is built.
  const system = (ns: string | undefined) => isSystemNamespace(ns ?? 'default');
  if (!cluster.nodes.some((n) => n.pods.some((p) => system(p.namespace))) && !cluster.workloads.some((w) => system(w.namespace))) return { cluster, moved: new Map() };
  const keep = new Set(options.keep ?? []);
  const folds = (ns: string | undefined) => isSystemNamespace(ns ?? 'default') && !keep.has(ns ?? 'default');
  const moved = new Map<string, string>();
  if (!cluster.nodes.some((n) => n.pods.some((p) => folds(p.namespace))) && !cluster.workloads.some((w) => folds(w.namespace))) return { cluster, moved };
  const taken = new Set<string>(cluster.nodes.flatMap((n) => [n.id, ...n.components.map((c) => c.id), ...n.pods.flatMap(podIds)]));
  const dropped = new Set<string>();
  const nodes = cluster.nodes.map((n) => foldNode(n, folds, taken, moved));
  for (const w of cluster.workloads) if (folds(w.namespace)) dropped.add(w.id);
  for (const s of [...(cluster.services ?? []), ...(cluster.ingresses ?? [])]) if (folds(s.namespace)) dropped.add(s.id);
  const out: Cluster = { ...cluster, nodes, workloads: cluster.workloads.filter((w) => !dropped.has(w.id)), relations: remapRelations(cluster.relations, moved, dropped) };
  if (cluster.services !== undefined) out.services = cluster.services.filter((s) => !dropped.has(s.id));
  if (cluster.ingresses !== undefined) out.ingresses = cluster.ingresses.filter((g) => !dropped.has(g.id));
  if (cluster.namespaces !== undefined) out.namespaces = foldNamespaceList(cluster.namespaces, folds);
  return { cluster: out, moved };
}

// One listed namespace stands for every folded one: the first, named after all of them.
function foldNamespaceList(list: readonly Namespace[], folds: (ns: string) => boolean): Namespace[] {
  const system = list.filter((ns) => folds(ns.id));
  if (system.length <= 1) return [...list];
  const first = system[0]!;
  const stand = { ...first, label: `${first.id} +${system.length - 1}`, description: `System namespaces, folded into one: ${system.map((ns) => ns.id).join(', ')}.` };
  return list.flatMap((ns) => (ns === first ? [stand] : folds(ns.id) ? [] : [ns]));
}

function foldNode(n: Node, folds: (ns: string | undefined) => boolean, taken: Set<string>, moved: Map<string, string>): Node {
  const system = n.pods.filter((p) => folds(p.namespace));
  if (system.length < 2) return n;
  let id = `${n.id}-system-pods`;
  for (let i = 2; taken.has(id); i++) id = `${n.id}-system-pods-${i}`;
  taken.add(id);
  const namespaces = [...new Set(system.map((p) => p.namespace ?? 'default'))];
  const phase = PHASE_ORDER.find((ph) => system.some((p) => p.phase === ph));
  // Up to three different programs show what runs there; the same DaemonSet twice says nothing new.
  const labels = new Set<string>();
  const shown = system.filter((p) => {
    const label = p.containers[0]!.label;
    if (labels.has(label) || labels.size >= 3) return false;
    labels.add(label);
    return true;
  });
  const stand: Pod = {
    id,
    label: `${namespaces.length === 1 ? namespaces[0] : 'system'} ×${system.length}`,
    description: `${system.length} pods of ${namespaces.join(', ')} on ${n.label}, folded into one: ${system.map((p) => p.label).join(', ')}.`,
    namespace: namespaces[0]!,
    ...(phase === undefined ? {} : { phase }),
    ...(system.some((p) => p.ready === false) ? { ready: false } : system.every((p) => p.ready === true) ? { ready: true } : {}),
    containers: shown.map((p) => p.containers[0]!),
  };
  const shownIds = new Set(stand.containers.map((c) => c.id));
  for (const p of system) for (const x of podIds(p)) if (!shownIds.has(x)) moved.set(x, id);
  const first = n.pods.indexOf(system[0]!);
  const pods = n.pods.filter((p) => !folds(p.namespace));
  pods.splice(Math.min(first, pods.length), 0, stand);
  return { ...n, pods };
}
