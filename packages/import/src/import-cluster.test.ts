import { readFileSync } from 'node:fs';
import { parseCluster, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { importCluster } from './import-cluster.js';

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');

/** Imports a text and checks the model, returning the parsed cluster and the notes. */
export function imported(text: string, file = 'input.json'): { cluster: Cluster; notes: string[] } {
  const result = importCluster({ file, text }, { id: 'test' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const parsed = parseCluster(result.spec);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { cluster: parsed.cluster, notes: result.notes };
}
const list = (...items: unknown[]) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 2);
const cpNode = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: { 'node-role.kubernetes.io/control-plane': '' } } };

describe('importCluster on kubectl get nodes,pods -A -o json of a kubeadm HA cluster', () => {
  const { cluster, notes } = imported(fixture('kubeadm-ha.json'));

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
      ['coredns', 'Deployment', 'kube-system', { desired: 2, current: 2 }],
      ['web', 'Deployment', 'shop', { desired: 3, current: 2 }],
      ['db', 'StatefulSet', 'shop', { desired: 1, current: 1 }],
    ]);
  });

  it('reads the cloud from providerID and says what it left out', () => {
    expect(cluster.cloud).toEqual({ provider: 'aws', region: 'eu-west-1' });
    expect(notes).toEqual(["left out pods not scheduled to a node (counted in their workload's replicas): 1 pending pod (shop/web-5d8f9c7b6-p2lzs)"]);
  });

  it('keeps control-plane nodes with the NoSchedule taint unschedulable', () => {
    expect(cluster.nodes[0]!.schedulable).toBeUndefined();
  });
});

describe('importCluster on other clusters', () => {
  it('marks a kind node without the taint schedulable and keeps its workload pods', () => {
    const { cluster } = imported(fixture('kind.json'));
    const node = cluster.nodes[0]!;
    expect(node.schedulable).toBe(true);
    expect(cluster.cloud).toBeUndefined();
    expect(node.pods.map((p) => p.id)).toEqual(['kindnet-6x7fq', 'coredns-7db6d8ff4d-mq2hv', 'local-path-provisioner-988d74bc-r5nxk']);
  });

  it('adds a control-plane node for a managed cluster that lists none, named after the service', () => {
    const { cluster, notes } = imported(fixture('managed.json'));
    expect(cluster.nodes[0]).toMatchObject({ id: 'control-plane', role: 'control-plane', label: 'Control plane (managed by GKE)' });
    expect(cluster.cloud?.provider).toBe('gcp');
    expect(notes.join('\n')).toContain('so added the control-plane node "control-plane"');
  });

  it('reads multi-document manifests, takes desired replicas from the Deployment and lists the Service as left out', () => {
    const { cluster, notes } = imported(fixture('manifests.yaml'), 'manifests.yaml');
    expect(cluster.nodes.map((n) => n.id)).toEqual(['cp-1', 'worker-1']);
    expect(cluster.workloads[0]!.replicas).toEqual({ desired: 3, current: 1 });
    expect(cluster.nodes[1]!.components).toContainEqual(expect.objectContaining({ kind: 'container-runtime', runtime: 'cri-o' }));
    expect(notes).toEqual(['left out objects the model has no place for yet: 1 Service (default/web)']);
  });

  it('gives pods of the same name in two namespaces distinct ids', () => {
    const pod = (ns: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app', namespace: ns }, spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'busybox' }] } });
    const { cluster } = imported(list(cpNode, pod('a'), pod('b')));
    expect(cluster.nodes[0]!.pods.map((p) => p.id)).toEqual(['app', 'app.b']);
  });
});

describe('importCluster resources', () => {
  it('keeps the resources containers request in the forms the model takes, exactly', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'app', namespace: 'default' },
      spec: {
        nodeName: 'n1',
        containers: [
          { name: 'web', image: 'nginx', resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '1' } } },
          { name: 'odd', image: 'busybox', resources: { requests: { cpu: 0.5, memory: '1e3' } } },
          { name: 'micro', image: 'busybox', resources: { requests: { cpu: '250000u', memory: '1.5Gi' } } },
          { name: 'none', image: 'busybox', resources: {} },
        ],
      },
    };
    const { cluster } = imported(list(cpNode, pod));
    expect(cluster.nodes[0]!.pods[0]!.containers.map((c) => c.requests)).toEqual([{ cpu: '250m', memory: '64Mi' }, { cpu: '500m', memory: '1k' }, { cpu: '250m', memory: '1536Mi' }, undefined]);
  });

  it('takes a container that requests only cpu, as kubeadm control-plane pods and EKS aws-node do', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'aws-node-x', namespace: 'kube-system' }, spec: { nodeName: 'n1', containers: [{ name: 'aws-node', image: 'amazon-k8s-cni', resources: { requests: { cpu: '25m' } } }] } };
    const { cluster } = imported(list(cpNode, pod));
    expect(cluster.nodes[0]!.pods[0]!.containers[0]!.requests).toEqual({ cpu: '25m' });
  });

  it('drops a negative request with a note instead of failing', () => {
    const pod = { kind: 'Pod', apiVersion: 'v1', metadata: { name: 'p' }, spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'i', resources: { requests: { memory: '-1Gi' } } }] } };
    const { cluster, notes } = imported(list(cpNode, pod));
    expect(cluster.nodes[0]!.pods[0]!.containers[0]!.requests).toBeUndefined();
    expect(notes).toContainEqual('left out resource requests the model cannot hold: 1 memory request (default/p/c ("-1Gi"))');
  });
});

describe('importCluster errors', () => {
  it('names the path of a pod without containers, with an example', () => {
    const result = importCluster({ file: 'x.json', text: list(cpNode, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: {} }) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.file, e.line, e.path])).toEqual([['x.json', 15, 'items[1].spec.containers']]);
    expect(!result.ok && result.errors[0]!.message).toContain('"containers": [{"name": "web", "image": "nginx:1.27"}]');
  });

  it('asks for nodes, pods or workloads when there are none', () => {
    const result = importCluster(JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }));
    expect(!result.ok && result.errors[0]!.message).toContain('expected Nodes, Pods or workloads (Deployments, StatefulSets, DaemonSets, Jobs) (found only 1 Service (default/s))');
  });

  it('reports invalid JSON with its line', () => {
    const result = importCluster({ file: 'bad.json', text: '{\n  "kind": "List",\n  "items": [\n}' });
    expect(!result.ok && result.errors[0]).toMatchObject({ file: 'bad.json', line: 4, column: 1 });
  });
});
