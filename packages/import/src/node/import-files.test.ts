import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseCluster, relationsOf, servicePods, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import-files.js';

const real = fileURLToPath(new URL('../../test/fixtures/real/', import.meta.url));

async function imported(...inputs: string[]): Promise<{ cluster: Cluster; notes: string[] }> {
  const result = await importFiles(inputs, { id: 'real', cwd: real });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const parsed = parseCluster(result.spec);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { cluster: parsed.cluster, notes: result.notes };
}
const kinds = (cluster: Cluster, node: number) => cluster.nodes[node]!.components.map((c) => c.kind);

describe('importFiles on output recorded from real clusters', () => {
  it('reads a k3s support bundle folder: a server node with its control plane embedded, typed lists, no kube-proxy pod', async () => {
    const { cluster, notes } = await imported('k3s-support-bundle');
    expect(cluster.nodes.map((n) => [n.id, n.role])).toEqual([['k3d-mycluster-server-0', 'control-plane']]);
    expect(kinds(cluster, 0)).toEqual(['apiserver', 'scheduler', 'controller-manager', 'kubelet', 'kube-proxy', 'container-runtime']);
    expect(cluster.nodes[0]!.capacity).toEqual({ cpu: '2', memory: '5.8Gi', pods: 110 });
    expect(cluster.workloads.map((w) => `${w.namespace ?? 'default'}/${w.id} ${w.kind} ${w.replicas.desired}/${w.replicas.current}`)).toEqual([
      'default/nginx-deployment Deployment 1/1',
      'kube-system/helm-install-traefik-crd Job 1/1',
      'kube-system/helm-install-traefik Job 1/1',
      'kube-system/traefik Deployment 1/1',
      'kube-system/coredns Deployment 1/1',
      'kube-system/local-path-provisioner Deployment 1/1',
      'kube-system/metrics-server Deployment 1/1',
      'kube-system/svclb-traefik-8ea5448e DaemonSet 1/1',
    ]);
    expect(notes).toContainEqual(expect.stringContaining('k3s runs the control plane inside its server process'));
    expect(cluster.namespaces!.map((n) => n.id)).toEqual(['default', 'kube-system', 'kube-public', 'kube-node-lease']);
    expect(cluster.services!.map((s) => `${s.namespace ?? 'default'}/${s.name ?? s.id} ${s.type}`)).toEqual([
      'default/kubernetes ClusterIP',
      'kube-system/kube-dns ClusterIP',
      'kube-system/metrics-server ClusterIP',
      'kube-system/traefik LoadBalancer',
    ]);
    expect(cluster.services![3]!.ports!.map((p) => p.nodePort)).toEqual([32713, 31828]);
    // k3s's service load balancer gave traefik the node's address: the picture starts there.
    expect(cluster.actors.filter((a) => a.kind === 'load-balancer').map((a) => [a.id, a.label])).toEqual([['load-balancer', '172.19.0.2']]);
    expect(relationsOf(cluster).map((r) => r.id)).toContain(`routes:load-balancer->${cluster.services![3]!.id}`);
    expect(cluster.nodes[0]).toMatchObject({ os: 'linux', arch: 'arm64' });
    expect(notes.join('\n')).not.toContain('left out objects the model has no place for');
  });

  it('reads typed lists whose items carry no kind, and a managed DigitalOcean control plane', async () => {
    const { cluster, notes } = await imported('typed-lists-bundle');
    expect(cluster.nodes[0]).toMatchObject({ id: 'control-plane', label: 'Control plane (managed by DOKS)' });
    expect(cluster.cloud).toEqual({ provider: 'digitalocean', region: 'sfo2' });
    expect(cluster.nodes.slice(1).map((n) => n.capacity?.cpu)).toEqual(['8', '8', '2', '2', '2', '1']);
    expect(cluster.workloads.map((w) => `${w.id} ${w.kind}`)).toContain('kotsadm-postgres StatefulSet');
    expect(notes).toContainEqual('left out pods on nodes missing from the input: 1 pod (default/random-pod-75b66db9b9-nqhp8)');
  });

  it('reads an OpenShift archive of kindless objects, its control plane static pods in openshift-* namespaces', async () => {
    const { cluster, notes } = await imported('openshift-insights');
    const master = cluster.nodes.find((n) => n.label.startsWith('master-0'))!;
    expect(master.role).toBe('control-plane');
    expect(master.components.map((c) => c.kind)).toEqual(['apiserver', 'scheduler', 'controller-manager', 'etcd', 'kubelet', 'kube-proxy', 'container-runtime']);
    expect(master.components).toContainEqual(expect.objectContaining({ kind: 'container-runtime', runtime: 'cri-o' }));
    expect(master.pods.map((p) => p.namespace)).not.toContain('openshift-etcd');
    expect(notes).toContainEqual(expect.stringContaining('the input has no kube-apiserver pod: assumed one runs there'));
    const oauth = cluster.nodes.flatMap((n) => n.pods).find((p) => p.label === 'apiserver-695d9c5549-w7fjs' || p.id === 'apiserver-695d9c5549-w7fjs')!;
    expect(oauth.initContainers!.map((c) => c.label)).toEqual(['fix-audit-permissions']);
    expect(master.taints).toEqual([{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }]);
  });

  it('reads an EKS "kubectl cluster-info dump": concatenated lists, kindless items, aws-node and kube-proxy requesting only cpu', async () => {
    const { cluster, notes } = await imported('eks-cluster-info-dump.json');
    expect(cluster.nodes.map((n) => [n.id, n.role, n.label])).toEqual([
      ['control-plane', 'control-plane', 'Control plane (managed by EKS)'],
      ['ip-10-0-10-170.ec2.internal', 'worker', 'ip-10-0-10-170.ec2.internal'],
      ['ip-10-0-20-143.ec2.internal', 'worker', 'ip-10-0-20-143.ec2.internal'],
    ]);
    expect(cluster.cloud).toEqual({ provider: 'aws', region: 'us-east-1' });
    const awsNode = cluster.nodes[1]!.pods.find((p) => p.id.startsWith('aws-node'))!;
    expect(awsNode.containers.map((c) => c.requests)).toEqual([{ cpu: '25m' }, { cpu: '25m' }]);
    expect(kinds(cluster, 1)).toContain('kube-proxy');
    expect(cluster.workloads.map((w) => `${w.id} ${w.kind} ${w.replicas.desired}/${w.replicas.current}`)).toEqual(['aws-node DaemonSet 2/2', 'coredns Deployment 2/2']);
    expect(cluster.services!.map((s) => s.id)).toEqual(['eks-extension-metrics-api', 'kube-dns']);
    expect(servicePods(cluster, cluster.services![1]!).map((p) => p.id)).toEqual(expect.arrayContaining([expect.stringMatching(/^coredns-/)]));
    expect(cluster.nodes.slice(1).map((n) => [n.instanceType, n.zone])).toEqual([['t3.small', 'us-east-1a'], ['t3.small', 'us-east-1b']]);
    expect(notes.join('\n')).not.toContain('left out objects');
  });

  it('reads helm template output: no nodes, so a control plane is added and the chart\'s objects are listed', async () => {
    const { cluster, notes } = await imported('helm-template.yaml');
    expect(cluster.nodes.map((n) => n.label)).toEqual(['Control plane (not in the input)']);
    expect(notes).toContainEqual("left out pods not scheduled to a node (counted in their workload's replicas): 1 pod without a node (default/release-name-test)");
    expect(cluster.services!.map((s) => s.id)).toEqual(['subcharta', 'subchartb', 'subchart']);
    expect(notes.join('\n')).not.toMatch(/\d Service \(/);
  });

  it('reads a single minikube static pod: makes its node from spec.nodeName and a control plane from its labels', async () => {
    const { cluster } = await imported('minikube-apiserver-pod.json');
    expect(cluster.nodes.map((n) => [n.id, n.role])).toEqual([['minikube', 'control-plane']]);
    expect(kinds(cluster, 0)).toEqual(['apiserver', 'kubelet', 'kube-proxy', 'container-runtime']);
    expect(cluster.etcd.topology).toBe('stacked');
  });

  it('reads several inputs as one cluster, and names a missing file', async () => {
    const both = await imported('minikube-apiserver-pod.json', 'helm-template.yaml');
    expect(both.cluster.nodes.map((n) => n.id)).toEqual(['minikube']);
    const missing = await importFiles(['nope.json'], { cwd: real });
    expect(!missing.ok && missing.errors).toEqual([{ file: 'nope.json', path: '', severity: 'error', message: 'no such file or directory' }]);
  });
});

describe('importFiles on streams and folders', () => {
  it('reads a stream in small chunks as it reads the whole text', async () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1', labels: { 'node-role.kubernetes.io/control-plane': '' } } }] }, null, 2);
    const chunks = text.match(/[\s\S]{1,7}/g)!;
    const result = await importFiles([{ file: '<stdin>', stream: Readable.from(chunks) }]);
    expect(result.ok && result.spec.nodes.map((n) => n.id)).toEqual(['n1']);
  });

  it('reads a file PowerShell wrote as UTF-16 with a byte order mark', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-import-'));
    const text = '\uFEFF{"apiVersion": "v1", "kind": "Node", "metadata": {"name": "win-1", "labels": {"node-role.kubernetes.io/control-plane": ""}}}\r\n';
    await writeFile(join(dir, 'nodes.json'), Buffer.from(text, 'utf16le'));
    const result = await importFiles([join(dir, 'nodes.json')]);
    expect(result.ok && result.spec.nodes.map((n) => n.id)).toEqual(['win-1']);
  });

  it('skips a broken file of a folder with a note, reads the rest and sos-style files of no extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-import-'));
    await writeFile(join(dir, 'a.json'), '{"kind": "List", "items": [');
    await writeFile(join(dir, 'b.yaml'), 'apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n  labels:\n    node-role.kubernetes.io/master: "true"\n');
    await writeFile(join(dir, 'notes.txt'), 'not read');
    await writeFile(join(dir, 'kubectl_get_-o_json_pods'), JSON.stringify({ kind: 'PodList', items: [{ metadata: { name: 'p', namespace: 'default' }, spec: { nodeName: 'n1', containers: [{ name: 'c', image: 'i' }] } }] }));
    const result = await importFiles([dir]);
    expect(result.ok && result.spec.nodes.map((n) => [n.id, n.pods?.length])).toEqual([['n1', 1]]);
    expect(result.notes[0]).toMatch(/^skipped the rest of .*a\.json:1: invalid JSON: the input ends inside the value/);
  });
});

describe('importFiles on a sonobuoy results folder of a kubeadm cluster', () => {
  it('draws the static control-plane pods as components, their CPU-only requests no obstacle', async () => {
    const { cluster, notes } = await imported('kubeadm-sonobuoy');
    expect(cluster.nodes.map((n) => [n.id, n.role, n.schedulable])).toEqual([['my-node', 'control-plane', true]]);
    expect(kinds(cluster, 0)).toEqual(['apiserver', 'scheduler', 'controller-manager', 'etcd', 'kubelet', 'kube-proxy', 'container-runtime']);
    expect(cluster.nodes[0]!.components).toContainEqual(expect.objectContaining({ kind: 'container-runtime', runtime: 'docker', version: '19.3.15' }));
    expect(cluster.workloads.map((w) => `${w.id} ${w.kind} ${w.replicas.desired}/${w.replicas.current}`)).toEqual(expect.arrayContaining(['coredns Deployment 2/2', 'kube-flannel-ds DaemonSet 1/1']));
    expect(cluster.workloads.map((w) => w.id)).not.toContain('kube-proxy');
    expect(notes.join('\n')).not.toContain('assumed');
  });
});

describe('importFiles on single objects recorded from clouds and kind', () => {
  it.each([
    ['aks', 'AKS', 'azure'],
    ['gke', 'GKE', 'gcp'],
    ['eks', 'EKS', 'aws'],
    ['digitalocean', 'DOKS', 'digitalocean'],
    ['linode', undefined, 'linode'],
    ['vsphere', undefined, 'vsphere'],
  ])('a %s node: the managed control plane named after its service, the cloud from its providerID', async (file, managed, provider) => {
    const { cluster } = await imported(`cloud-nodes/${file}.json`);
    expect(cluster.nodes[0]!.label).toBe(managed ? `Control plane (managed by ${managed})` : 'Control plane (managed)');
    expect(cluster.cloud?.provider).toBe(provider);
    expect(cluster.nodes[1]!.role).toBe('worker');
  });

  it.each([
    ['aks', 'minio01'],
    ['gke', 'secure-pool-2'],
    ['digitalocean', 'default-pool'],
  ])('an %s node keeps the pool its cloud labels it with', async (file, pool) => {
    const { cluster } = await imported(`cloud-nodes/${file}.json`);
    expect(cluster.nodes[1]!.pool).toBe(pool);
  });

  it('reads the memory of a GKE node exactly and in readable units', async () => {
    const { cluster } = await imported('cloud-nodes/gke.json');
    expect(cluster.nodes[1]!.capacity).toEqual({ cpu: '16', memory: '62.8Gi', pods: 110 });
  });

  it('folds the runs of a CronJob by their Job names when the Jobs are not in the input (pods on a kind node)', async () => {
    const { cluster, notes } = await imported('kind-pods');
    expect(cluster.nodes.map((n) => [n.id, n.label, n.role])).toEqual([
      ['control-plane', 'Control plane (not in the input)', 'control-plane'],
      ['kind-control-plane', 'kind-control-plane', 'worker'],
    ]);
    expect(cluster.workloads.map((w) => `${w.namespace ?? 'default'}/${w.id} ${w.kind} ${w.label} ${w.replicas.desired}`)).toEqual([
      'kubescape/kubevuln-scheduler CronJob kubevuln-scheduler 1',
      'default/hello CronJob hello 3',
      'kubescape/node-agent DaemonSet node-agent 1',
      'default/web StatefulSet web 1',
    ]);
    expect(notes.join('\n')).not.toContain('CronJob');
  });
});

describe('importFiles with a namespace filter', () => {
  it('keeps the objects of the namespaces asked for, and the control plane found from kube-system', async () => {
    const all = await importFiles(['k3s-support-bundle/cluster-resources'], { id: 'real', cwd: real });
    const one = await importFiles(['k3s-support-bundle/cluster-resources'], { id: 'real', cwd: real, excludeNamespaces: ['kube-system'] });
    if (!all.ok || !one.ok) throw new Error('import failed');
    const pods = (spec: typeof all.spec) => spec.nodes.flatMap((n) => n.pods ?? []);
    expect(pods(all.spec).some((p) => p.namespace === 'kube-system')).toBe(true);
    expect(pods(one.spec).some((p) => p.namespace === 'kube-system')).toBe(false);
    expect(one.spec.nodes.map((n) => n.components?.map((c) => c.kind))).toEqual(all.spec.nodes.map((n) => n.components?.map((c) => c.kind)));
    expect(one.notes.join('\n')).toMatch(/left out \d+ object\(s\) of namespaces not asked for \(left out kube-system\)/);
    expect(parseCluster(one.spec).ok).toBe(true);
  });
});
