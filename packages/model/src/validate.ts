import type { Cluster } from './cluster.js';
import { CONTROL_PLANE_KINDS } from './component.js';
import { elementsOf } from './elements.js';
import type { Problem } from './problem.js';

const error = (code: string, path: string, message: string): Problem => ({ code, path, message, severity: 'error' });
const warning = (code: string, path: string, message: string): Problem => ({ code, path, message, severity: 'warning' });

/**
 * The rules a well-formed cluster obeys beyond its shape. Returns every problem found, errors and
 * warnings, in model order.
 */
export function validateCluster(cluster: Cluster): Problem[] {
  const problems: Problem[] = [];
  const elements = elementsOf(cluster);
  const byId = new Map<string, (typeof elements)[number]>();
  for (const el of elements) {
    const first = byId.get(el.id);
    if (first) {
      problems.push(
        error(
          'duplicate-id',
          `${el.path === '' ? '' : `${el.path}.`}id`,
          `expected a unique id, but "${el.id}" is already used by the ${first.kind} at ${first.path === '' ? 'the cluster' : first.path}`,
        ),
      );
    } else byId.set(el.id, el);
  }

  const apiNodes = cluster.nodes.filter((n) => n.role === 'control-plane' && n.components.some((c) => c.kind === 'apiserver'));
  if (apiNodes.length === 0) {
    problems.push(
      error(
        'no-control-plane',
        'nodes',
        'expected at least one node with role "control-plane" running an apiserver (for example { id: "cp-1", role: "control-plane" })',
      ),
    );
  }

  cluster.nodes.forEach((node, i) => {
    const seenKinds = new Set<string>();
    node.components.forEach((c, j) => {
      const path = `nodes[${i}].components[${j}]`;
      if (seenKinds.has(c.kind)) {
        problems.push(error('duplicate-component', `${path}.kind`, `expected at most one ${c.kind} on node "${node.id}"`));
      }
      seenKinds.add(c.kind);
      if (c.kind === 'cloud-controller-manager' && !cluster.cloud) {
        problems.push(
          error(
            'cloud-controller-without-cloud',
            path,
            'a cloud-controller-manager only runs when the cluster runs on a cloud: set cloud: { provider: "aws" } or remove it',
          ),
        );
      }
      if (node.role === 'worker' && (CONTROL_PLANE_KINDS as readonly string[]).includes(c.kind)) {
        problems.push(
          error('control-plane-on-worker', `${path}.kind`, `expected ${c.kind} on a control-plane node, but "${node.id}" has role "worker"`),
        );
      }
      if (c.kind === 'etcd' && cluster.etcd.topology === 'external') {
        problems.push(
          error('stacked-etcd-with-external', path, 'etcd topology is "external", so etcd belongs in etcd.members, not on a node'),
        );
      }
    });
    const canRunPods = node.components.some((c) => c.kind === 'kubelet') && node.components.some((c) => c.kind === 'container-runtime');
    node.pods.forEach((pod, j) => {
      const path = `nodes[${i}].pods[${j}]`;
      if (!canRunPods) {
        problems.push(
          error(
            'pod-without-kubelet',
            path,
            `pod "${pod.id}" is placed on node "${node.id}", which runs no kubelet and container runtime to start it; expected a worker node or one with those components`,
          ),
        );
      }
      if (pod.workload !== undefined && !cluster.workloads.some((w) => w.id === pod.workload)) {
        problems.push(error('dangling-reference', `${path}.workload`, `expected the id of a workload, but no workload "${pod.workload}" exists`));
      }
      const volumes = new Set(pod.volumes?.map((v) => v.id));
      pod.containers.forEach((ctr, m) => {
        ctr.mounts?.forEach((v, k) => {
          if (!volumes.has(v)) {
            problems.push(
              error('dangling-reference', `${path}.containers[${m}].mounts[${k}]`, `expected the id of a volume of pod "${pod.id}", but it has no volume "${v}"`),
            );
          }
        });
      });
    });
  });

  cluster.relations.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!byId.has(r[end])) {
        problems.push(error('dangling-reference', `relations[${i}].${end}`, `expected the id of an element of the cluster, but nothing has the id "${r[end]}"`));
      }
    }
  });

  if (cluster.etcd.topology === 'external' && cluster.etcd.members.length === 0) {
    problems.push(error('external-etcd-without-members', 'etcd.members', 'etcd topology is "external": expected at least one member'));
  }
  if (cluster.etcd.topology === 'stacked' && cluster.etcd.members.length > 0) {
    problems.push(error('members-with-stacked-etcd', 'etcd.members', 'etcd topology is "stacked": members live on the control-plane nodes; set topology: "external" or remove members'));
  }
  const etcdCount =
    cluster.etcd.topology === 'external'
      ? cluster.etcd.members.length
      : cluster.nodes.reduce((n, node) => n + node.components.filter((c) => c.kind === 'etcd').length, 0);
  if (etcdCount >= 2 && etcdCount % 2 === 0) {
    problems.push(
      warning(
        'etcd-even-members',
        cluster.etcd.topology === 'external' ? 'etcd.members' : 'nodes',
        `etcd has ${etcdCount} members: a quorum needs ${etcdCount / 2 + 1}, so it survives only ${etcdCount / 2 - 1} failure${etcdCount / 2 - 1 === 1 ? '' : 's'}, no more than ${etcdCount - 1} members would; use an odd count such as ${etcdCount + 1}`,
      ),
    );
  }
  return problems;
}
