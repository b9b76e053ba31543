import type { Cluster } from './cluster.js';
import { CONTROL_PLANE_KINDS } from './component.js';
import type { ClusterElement } from './elements.js';
import type { Node } from './node.js';
import type { Problem } from './problem.js';
import { namespaces } from './_namespace-rules.js';
import { ingresses, serviceNames, services } from './_service-rules.js';
import { podAndNodeStates, workloadStates } from './_workload-rules.js';

const error = (code: string, path: string, message: string): Problem => ({ code, path, message, severity: 'error' });
const warning = (code: string, path: string, message: string): Problem => ({ code, path, message, severity: 'warning' });

/** What every rule is given: the cluster, its elements, and the first element of each id. */
export interface RuleInput {
  cluster: Cluster;
  elements: readonly ClusterElement[];
  byId: ReadonlyMap<string, ClusterElement>;
}

/** The problems of every element whose id an earlier element already has. */
function duplicateIds({ elements, byId }: RuleInput): Problem[] {
  return elements
    .filter((el) => byId.get(el.id) !== el)
    .map((el) => {
      const first = byId.get(el.id)!;
      return error(
        'duplicate-id',
        `${el.path === '' ? '' : `${el.path}.`}id`,
        `expected a unique id, but "${el.id}" is already used by the ${first.kind} at ${first.path === '' ? 'the cluster' : first.path}`,
      );
    });
}

function controlPlane({ cluster }: RuleInput): Problem[] {
  if (cluster.nodes.some((n) => n.role === 'control-plane' && n.components.some((c) => c.kind === 'apiserver'))) return [];
  return [error('no-control-plane', 'nodes', 'expected at least one node with role "control-plane" running an apiserver (for example { id: "cp-1", role: "control-plane" })')];
}

// Each node's components: one of a kind, where their role and the cluster's cloud and etcd allow.
function components(cluster: Cluster, node: Node, i: number): Problem[] {
  const problems: Problem[] = [];
  const seenKinds = new Set<string>();
  node.components.forEach((c, j) => {
    const path = `nodes[${i}].components[${j}]`;
    if (seenKinds.has(c.kind)) problems.push(error('duplicate-component', `${path}.kind`, `expected at most one ${c.kind} on node "${node.id}"`));
    seenKinds.add(c.kind);
    if (c.kind === 'cloud-controller-manager' && !cluster.cloud) {
      problems.push(error('cloud-controller-without-cloud', path, 'a cloud-controller-manager only runs when the cluster runs on a cloud: set cloud: { provider: "aws" } or remove it'));
    }
    if (node.role === 'worker' && (CONTROL_PLANE_KINDS as readonly string[]).includes(c.kind)) {
      problems.push(error('control-plane-on-worker', `${path}.kind`, `expected ${c.kind} on a control-plane node, but "${node.id}" has role "worker"`));
    }
    if (c.kind === 'etcd' && cluster.etcd.topology === 'external') {
      problems.push(error('stacked-etcd-with-external', path, 'etcd topology is "external", so etcd belongs in etcd.members, not on a node'));
    }
  });
  return problems;
}

// Each node's pods: a node that can start them, a workload and volumes that exist.
function pods(workloads: ReadonlySet<string>, node: Node, i: number): Problem[] {
  const problems: Problem[] = [];
  const canRunPods = node.components.some((c) => c.kind === 'kubelet') && node.components.some((c) => c.kind === 'container-runtime');
  node.pods.forEach((pod, j) => {
    const path = `nodes[${i}].pods[${j}]`;
    if (!canRunPods) {
      problems.push(
        error('pod-without-kubelet', path, `pod "${pod.id}" is placed on node "${node.id}", which runs no kubelet and container runtime to start it; expected a worker node or one with those components`),
      );
    }
    if (pod.workload !== undefined && !workloads.has(pod.workload)) {
      problems.push(error('dangling-reference', `${path}.workload`, `expected the id of a workload, but no workload "${pod.workload}" exists`));
    }
    const volumes = new Set(pod.volumes?.map((v) => v.id));
    pod.containers.forEach((ctr, m) =>
      ctr.mounts?.forEach((v, k) => {
        if (!volumes.has(v)) problems.push(error('dangling-reference', `${path}.containers[${m}].mounts[${k}]`, `expected the id of a volume of pod "${pod.id}", but it has no volume "${v}"`));
      }),
    );
  });
  return problems;
}

function nodes({ cluster }: RuleInput): Problem[] {
  const workloads = new Set(cluster.workloads.map((w) => w.id));
  return cluster.nodes.flatMap((node, i) => [...components(cluster, node, i), ...pods(workloads, node, i)]);
}

function relationEnds({ cluster, byId }: RuleInput): Problem[] {
  return cluster.relations.flatMap((r, i) =>
    (['from', 'to'] as const)
      .filter((end) => !byId.has(r[end]))
      .map((end) => error('dangling-reference', `relations[${i}].${end}`, `expected the id of an element of the cluster, but nothing has the id "${r[end]}"`)),
  );
}

function etcdTopology({ cluster }: RuleInput): Problem[] {
  const { topology, members } = cluster.etcd;
  if (topology === 'external' && members.length === 0) return [error('external-etcd-without-members', 'etcd.members', 'etcd topology is "external": expected at least one member')];
  if (topology === 'stacked' && members.length > 0) {
    return [error('members-with-stacked-etcd', 'etcd.members', 'etcd topology is "stacked": members live on the control-plane nodes; set topology: "external" or remove members')];
  }
  return [];
}

function etcdQuorum({ cluster }: RuleInput): Problem[] {
  const external = cluster.etcd.topology === 'external';
  const count = external ? cluster.etcd.members.length : cluster.nodes.reduce((n, node) => n + node.components.filter((c) => c.kind === 'etcd').length, 0);
  if (count < 2 || count % 2 !== 0) return [];
  const tolerated = count / 2 - 1;
  return [
    warning(
      'etcd-even-members',
      external ? 'etcd.members' : 'nodes',
      `etcd has ${count} members: a quorum needs ${count / 2 + 1}, so it survives only ${tolerated} failure${tolerated === 1 ? '' : 's'}, no more than ${count - 1} members would; use an odd count such as ${count + 1}`,
    ),
  ];
}

/** The rules of a well-formed cluster, in the order their problems are reported. */
export const CLUSTER_RULES: readonly ((input: RuleInput) => Problem[])[] = [
  duplicateIds,
  controlPlane,
  nodes,
  relationEnds,
  etcdTopology,
  etcdQuorum,
  podAndNodeStates,
  workloadStates,
  namespaces,
  serviceNames,
  services,
  ingresses,
];
