import { readFileSync } from 'node:fs';
import { parseCluster, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { importCluster } from './import-cluster.js';
import { readKubeObjects } from './read-kube-objects.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

function imported(name: string, id = 'test'): { cluster: Cluster; notes: string[] } {
  const read = readKubeObjects(fixture(name), name);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const result = importCluster(read.objects, { id, file: name });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const parsed = parseCluster(result.spec);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { cluster: parsed.cluster, notes: result.notes };
}

describe('importCluster on kubectl get nodes,pods -A -o json of a kubeadm HA cluster', () => {
  const { cluster, notes } = imported('kubeadm-ha.json');

  it('gives each node its role from the control-plane label', () => {
    expect(cluster.nodes.map((n) => [n.id, n.role])).toEqual([
      ['cp-1', 'control-plane'],
      ['cp-2', 'control-plane'],
      ['cp-3', 'control-plane'],
      ['worker-a', 'worker'],
      ['worker-b', 'worker'],
    ]);
  });

  it('turns the static pods of kube-system into control-plane components, not pods', () => {
    const cp = cluster.nodes[0]!;
    expect(cp.components.map((c) => c.kind)).toEqual(['apiserver', 'scheduler', 'controller-manager', 'etcd', 'kubelet', 'kube-proxy', 'container-runtime']);
    expect(cp.pods).toEqual([]);
    expect(cluster.etcd.topology).toBe('stacked');
  });

  it('reads capacity and the kubelet and runtime versions from the node status', () => {
    const worker = cluster.nodes[3]!;
    expect(worker.capacity).toEqual({ cpu: '4', memory: '15.6Gi', pods: 110 });
    expect(worker.components).toContainEqual(expect.objectContaining({ kind: 'kubelet', version: 'v1.31.2' }));
    expect(worker.components).toContainEqual(expect.objectContaining({ kind: 'container-runtime', runtime: 'containerd', version: '1.7.22' }));
  });

  it('places pods by spec.nodeName with every container', () => {
    const b = cluster.nodes[4]!;
    expect(b.pods.map((p) => p.id)).toEqual(['coredns-7c65d6cfc9-xw8rk', 'web-5d8f9c7b6-x7m4q', 'db-0']);
    const web = b.pods[1]!;
    expect(web.namespace).toBe('shop');
    expect(web.containers.map((c) => [c.label, c.image, c.ports])).toEqual([
      ['nginx', 'nginx:1.27', [80]],
      ['log-shipper', 'fluent/fluent-bit:3.1', undefined],
    ]);
  });

  it('derives workloads from pod owners in input order, counting the pending pod as desired', () => {
    expect(cluster.workloads.map((w) => [w.id, w.kind, w.namespace, w.replicas])).toEqual([
      ['web', 'Deployment', 'shop', { desired: 3, current: 2 }],
      ['coredns', 'Deployment', 'kube-system', { desired: 2, current: 2 }],
      ['db', 'StatefulSet', 'shop', { desired: 1, current: 1 }],
    ]);
  });

  it('reads the cloud from providerID and says what it left out', () => {
    expect(cluster.cloud).toEqual({ provider: 'aws', region: 'eu-west-1' });
    expect(notes).toEqual(['left out 1 pod(s) not scheduled to a node: shop/web-5d8f9c7b6-p2lzs']);
  });

  it('keeps control-plane nodes with the NoSchedule taint unschedulable', () => {
    expect(cluster.nodes[0]!.schedulable).toBeUndefined();
  });
});

describe('importCluster on other clusters', () => {
  it('marks a kind node without the taint schedulable and keeps its workload pods', () => {
    const { cluster } = imported('kind.json');
    const node = cluster.nodes[0]!;
    expect(node.schedulable).toBe(true);
    expect(cluster.cloud).toBeUndefined();
    expect(node.pods.map((p) => p.id)).toEqual(['kindnet-6x7fq', 'coredns-7db6d8ff4d-mq2hv', 'local-path-provisioner-988d74bc-r5nxk']);
  });

  it('adds a control-plane node for a managed cluster that lists none', () => {
    const { cluster, notes } = imported('managed.json');
    expect(cluster.nodes[0]).toMatchObject({ id: 'control-plane', role: 'control-plane', label: 'Control plane (managed)' });
    expect(cluster.cloud?.provider).toBe('gcp');
    expect(notes[0]).toContain('added the control-plane node "control-plane"');
  });

  it('reads multi-document manifests, takes desired replicas from the Deployment and ignores Services', () => {
    const { cluster, notes } = imported('manifests.yaml');
    expect(cluster.nodes.map((n) => n.id)).toEqual(['cp-1', 'worker-1']);
    expect(cluster.workloads[0]!.replicas).toEqual({ desired: 3, current: 1 });
    expect(cluster.nodes[1]!.components).toContainEqual(expect.objectContaining({ kind: 'container-runtime', runtime: 'cri-o' }));
    expect(notes).toEqual(['ignored objects the model does not draw: 1 Service']);
  });

  it('gives pods of the same name in two namespaces distinct ids', () => {
    const pod = (ns: string) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'app', namespace: ns },
      spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'busybox' }] },
    });
    const node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: { 'node-role.kubernetes.io/control-plane': '' } } };
    const result = importCluster([node, pod('a'), pod('b')].map((value, i) => ({ value, path: `items[${i}]` })));
    if (!result.ok) throw new Error('import failed');
    expect(result.spec.nodes[0]!.pods!.map((p) => p.id)).toEqual(['app', 'app.b']);
    expect(parseCluster(result.spec).ok).toBe(true);
  });
});

describe('importCluster resources', () => {
  it('keeps the resources containers request, leaving out values the model does not take', () => {
    const node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: { 'node-role.kubernetes.io/control-plane': '' } } };
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'app', namespace: 'default' },
      spec: {
        nodeName: 'n1',
        containers: [
          { name: 'web', image: 'nginx', resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '1' } } },
          { name: 'odd', image: 'busybox', resources: { requests: { cpu: 0.5, memory: '1e3' } } },
          { name: 'none', image: 'busybox', resources: {} },
        ],
      },
    };
    const result = importCluster([node, pod].map((value, i) => ({ value, path: `items[${i}]` })));
    if (!result.ok) throw new Error('import failed');
    expect(result.spec.nodes[0]!.pods![0]!.containers.map((c) => c.requests)).toEqual([{ cpu: '250m', memory: '64Mi' }, { cpu: 0.5 }, undefined]);
    expect(parseCluster(result.spec).ok).toBe(true);
  });
});

describe('importCluster errors', () => {
  it('names the path of an object that is not what kubectl prints', () => {
    const read = readKubeObjects(JSON.stringify({ kind: 'List', apiVersion: 'v1', items: [{ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, status: { capacity: 'lots' } }] }), 'x.json');
    if (!read.ok) throw new Error('read failed');
    const result = importCluster(read.objects, { file: 'x.json' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['items[0].status.capacity']);
  });

  it('asks for nodes when there are none', () => {
    const result = importCluster([{ value: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }, path: '' }]);
    expect(!result.ok && result.errors[0]!.message).toContain('expected at least one v1 Node');
  });

  it('reports invalid JSON with its line', () => {
    const read = readKubeObjects('{\n  "kind": "List",\n  "items": [\n}', 'bad.json');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors[0]).toMatchObject({ file: 'bad.json', line: expect.any(Number) });
  });
});
