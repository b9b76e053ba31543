import { describe, expect, it } from 'vitest';
import { parseCluster } from './parse.js';
import type { ClusterSpec } from './spec.js';

const minimal = (): ClusterSpec => ({
  id: 'demo',
  nodes: [
    { id: 'cp', role: 'control-plane' },
    { id: 'w1', role: 'worker', pods: [{ id: 'p1', containers: [{ image: 'nginx:1.27' }] }] },
  ],
});

function errorsOf(input: unknown) {
  const r = parseCluster(input);
  if (r.ok) throw new Error('expected the model to be rejected');
  return r.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('parseCluster', () => {
  it('resolves defaults: control-plane components, worker components, labels and container ids', () => {
    const r = parseCluster(minimal());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [cp, w1] = r.cluster.nodes;
    expect(cp!.components.map((c) => c.id)).toEqual(['cp-apiserver', 'cp-scheduler', 'cp-controller-manager', 'cp-etcd']);
    expect(w1!.components.map((c) => `${c.kind}:${c.label}`)).toEqual(['kubelet:kubelet', 'kube-proxy:kube-proxy', 'container-runtime:containerd']);
    expect(w1!.pods[0]!.containers[0]).toMatchObject({ id: 'p1-nginx', label: 'nginx', image: 'nginx:1.27' });
    expect(r.cluster.etcd).toEqual({ topology: 'stacked', members: [] });
    const cm = cp!.components[2];
    expect(cm?.kind === 'controller-manager' && cm.controllers.map((c) => c.kind)).toEqual(['node', 'replication', 'endpoints', 'service-account', 'token']);
  });

  it('adds a cloud-controller-manager and a cloud provider API when the cluster runs on a cloud', () => {
    const r = parseCluster({ ...minimal(), cloud: { provider: 'gcp' } });
    expect(r.ok && r.cluster.nodes[0]!.components.map((c) => c.kind)).toContain('cloud-controller-manager');
    expect(r.ok && r.cluster.actors).toEqual([expect.objectContaining({ id: 'cloud-provider-api', kind: 'cloud-provider', label: 'gcp API' })]);
  });

  it('gives containers of one pod with the same image distinct ids', () => {
    const spec = minimal();
    spec.nodes[1]!.pods = [{ id: 'p', containers: [{ image: 'busybox' }, { image: 'busybox' }] }];
    const r = parseCluster(spec);
    expect(r.ok && r.cluster.nodes[1]!.pods[0]!.containers.map((c) => c.id)).toEqual(['p-busybox', 'p-busybox-2']);
  });

  it('picks the runtime from the node shorthand', () => {
    const spec = minimal();
    spec.nodes[1]!.runtime = 'cri-o';
    const r = parseCluster(spec);
    expect(r.ok && r.cluster.nodes[1]!.components[2]).toMatchObject({ kind: 'container-runtime', runtime: 'cri-o', label: 'CRI-O' });
  });

  it('never throws, even for input that is not an object or throws when read', () => {
    for (const bad of [null, undefined, 42, 'cluster', [], () => 1, Symbol('x')]) {
      expect(parseCluster(bad).ok).toBe(false);
    }
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const r = parseCluster(hostile);
    expect(r.ok).toBe(false);
  });

  it('reports every problem with its path, not only the first', () => {
    expect(
      errorsOf({
        id: 'Bad Id',
        nodes: [{ id: 'cp', role: 'master' }, { id: 'w', role: 'worker', pods: [{ id: 'p', containers: [] }] }],
      }),
    ).toEqual([
      'id: expected an id of lower-case letters, digits, ".", "_" or "-" (for example "worker-1")',
      'nodes[0].role: expected one of "control-plane", "worker", got the string "master"',
      'nodes[1].pods[0].containers: expected at least one container: a pod runs one or more containers',
    ]);
  });

  it('names missing fields and wrong types', () => {
    expect(errorsOf({ id: 'x', nodes: [{ role: 'worker' }, { id: 'y', role: 'worker', capacity: { cpu: 'lots', memory: 4 } }] })).toEqual([
      'nodes[0].id: missing required field: expected string',
      'nodes[1].capacity.cpu: expected CPU cores as a number (4) or a Kubernetes quantity ("4", "500m")',
      'nodes[1].capacity.memory: expected string, got number 4',
    ]);
  });

  it('keeps the resources a container requests, which the scheduler weighs against node capacity', () => {
    const spec = minimal();
    spec.nodes[1]!.pods = [{ id: 'p', containers: [{ image: 'nginx', requests: { cpu: '500m', memory: '256Mi' } }] }];
    const r = parseCluster(spec);
    expect(r.ok && r.cluster.nodes[1]!.pods[0]!.containers[0]!.requests).toEqual({ cpu: '500m', memory: '256Mi' });
    spec.nodes[1]!.pods = [{ id: 'p', containers: [{ image: 'nginx', requests: { memory: 'lots' } }] }];
    expect(errorsOf(spec)).toEqual(['nodes[1].pods[0].containers[0].requests.memory: expected a memory quantity such as "16Gi"']);
  });

  it('rejects unknown fields so that typos do not pass silently', () => {
    expect(errorsOf({ ...minimal(), node: [] })).toEqual([': unknown field "node": check the spelling']);
  });

  it('rejects an unknown component kind, listing the valid ones', () => {
    const spec = minimal() as { nodes: { components?: unknown[] }[] };
    spec.nodes[0]!.components = [{ kind: 'api-server' }];
    expect(errorsOf(spec)).toEqual([
      'nodes[0].components[0].kind: expected "kind" to be one of apiserver, scheduler, controller-manager, cloud-controller-manager, etcd, kubelet, kube-proxy, container-runtime, got the string "api-server"',
    ]);
  });
});

describe('semantic rules', () => {
  it('duplicate ids', () => {
    const spec = minimal();
    spec.nodes[1]!.id = 'cp';
    expect(errorsOf(spec)).toContain('nodes[1].id: expected a unique id, but "cp" is already used by the control-plane-node at nodes[0]');
  });

  it('dangling relation ends', () => {
    expect(errorsOf({ ...minimal(), relations: [{ from: 'p1', to: 'nowhere', kind: 'custom' }] })).toEqual([
      'relations[0].to: expected the id of an element of the cluster, but nothing has the id "nowhere"',
    ]);
  });

  it('dangling workload and volume references', () => {
    const spec = minimal();
    spec.nodes[1]!.pods = [{ id: 'p', workload: 'ghost', containers: [{ image: 'x', mounts: ['data'] }] }];
    expect(errorsOf(spec)).toEqual([
      'nodes[1].pods[0].workload: expected the id of a workload, but no workload "ghost" exists',
      'nodes[1].pods[0].containers[0].mounts[0]: expected the id of a volume of pod "p", but it has no volume "data"',
    ]);
  });

  it('at least one control-plane node with an apiserver', () => {
    expect(errorsOf({ id: 'x', nodes: [{ id: 'w', role: 'worker' }] })).toEqual([
      'nodes: expected at least one node with role "control-plane" running an apiserver (for example { id: "cp-1", role: "control-plane" })',
    ]);
    expect(errorsOf({ id: 'x', nodes: [{ id: 'cp', role: 'control-plane', components: [{ kind: 'etcd' }] }] })[0]).toMatch(/^nodes: expected at least one node/);
  });

  it('cloud-controller-manager only with a cloud', () => {
    const spec = minimal();
    spec.nodes[0]!.components = [{ kind: 'apiserver' }, { kind: 'cloud-controller-manager' }];
    expect(errorsOf(spec)).toEqual([
      'nodes[0].components[1]: a cloud-controller-manager only runs when the cluster runs on a cloud: set cloud: { provider: "aws" } or remove it',
    ]);
  });

  it('every pod on a node that can run it', () => {
    const spec = minimal();
    spec.nodes[0]!.pods = [{ id: 'stray', containers: [{ image: 'x' }] }];
    expect(errorsOf(spec)).toEqual([
      'nodes[0].pods[0]: pod "stray" is placed on node "cp", which runs no kubelet and container runtime to start it; expected a worker node or one with those components',
    ]);
  });

  it('control-plane components only on control-plane nodes, one of each kind per node', () => {
    const spec = minimal();
    spec.nodes[1]!.components = [{ kind: 'kubelet' }, { kind: 'kubelet', id: 'k2' }, { kind: 'scheduler' }, { kind: 'container-runtime' }];
    expect(errorsOf(spec)).toEqual([
      'nodes[1].components[1].kind: expected at most one kubelet on node "w1"',
      'nodes[1].components[2].kind: expected scheduler on a control-plane node, but "w1" has role "worker"',
    ]);
  });

  it('external etcd needs members, and stacked etcd takes none', () => {
    expect(errorsOf({ ...minimal(), etcd: { topology: 'external' } })).toEqual([
      'nodes[0].components[3]: etcd topology is "external", so etcd belongs in etcd.members, not on a node',
      'etcd.members: etcd topology is "external": expected at least one member',
    ].slice(1));
    expect(errorsOf({ ...minimal(), etcd: { members: [{ id: 'e1' }] } })).toEqual([
      'etcd.members: etcd topology is "stacked": members live on the control-plane nodes; set topology: "external" or remove members',
    ]);
  });

  it('warns, without rejecting, about an etcd member count that keeps no better quorum', () => {
    const two = parseCluster({ id: 'x', nodes: [{ id: 'a', role: 'control-plane' }, { id: 'b', role: 'control-plane' }] });
    expect(two.ok).toBe(true);
    expect(two.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'nodes: etcd has 2 members: a quorum needs 2, so it survives only 0 failures, no more than 1 members would; use an odd count such as 3',
    ]);
    const four = parseCluster({ id: 'x', etcd: { topology: 'external', members: ['a', 'b', 'c', 'd'].map((id) => ({ id })) }, nodes: [{ id: 'cp', role: 'control-plane' }] });
    expect(four.warnings.map((w) => w.message)).toEqual([
      'etcd has 4 members: a quorum needs 3, so it survives only 1 failure, no more than 3 members would; use an odd count such as 5',
    ]);
    const three = parseCluster({ id: 'x', nodes: ['a', 'b', 'c'].map((id) => ({ id, role: 'control-plane' as const })) });
    expect(three.warnings).toEqual([]);
  });
});
