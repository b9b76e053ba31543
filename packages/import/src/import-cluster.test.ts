import { readFileSync } from 'node:fs';
import { parseCluster, relationsOf, servicePods, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { importCluster } from './import-cluster.js';

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');

/** Imports a text and checks the model, returning the parsed cluster and the notes. */
function imported(text: string, file = 'input.json'): { cluster: Cluster; notes: string[] } {
  const result = importCluster({ file, text }, { id: 'test' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const parsed = parseCluster(result.spec);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { cluster: parsed.cluster, notes: result.notes };
}
const list = (...items: unknown[]) => JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 2);
const kinds = (cluster: Cluster, node: number) => cluster.nodes[node]!.components.map((c) => c.kind);
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

  it('reads multi-document manifests, takes desired replicas from the Deployment and keeps the Service with the labels it selects', () => {
    const { cluster, notes } = imported(fixture('manifests.yaml'), 'manifests.yaml');
    expect(cluster.nodes.map((n) => n.id)).toEqual(['cp-1', 'worker-1']);
    expect(cluster.workloads[0]!.replicas).toEqual({ desired: 3, current: 1, ready: 1 });
    // The Deployment took the id "web"; the Service keeps its Kubernetes name beside its id.
    expect(cluster.services!.map((s) => [s.id, s.name, s.type, s.selector, s.ports])).toEqual([['web.default', 'web', 'ClusterIP', { app: 'web' }, [{ port: 80 }]]]);
    expect(servicePods(cluster, cluster.services![0]!).length).toBeGreaterThan(0);
    expect(cluster.nodes[1]!.components).toContainEqual(expect.objectContaining({ kind: 'container-runtime', runtime: 'cri-o' }));
    expect(notes).toEqual([]);
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

describe('importCluster on real-world shapes', () => {
  const node = (name: string, labels: Record<string, string> = {}, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels }, ...extra });
  const pod = (name: string, namespace: string, nodeName: string | undefined, extra: { labels?: Record<string, string>; annotations?: Record<string, string>; owner?: [string, string]; phase?: string; spec?: Record<string, unknown> } = {}) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      ...(extra.labels ? { labels: extra.labels } : {}),
      ...(extra.annotations ? { annotations: extra.annotations } : {}),
      ...(extra.owner ? { ownerReferences: [{ apiVersion: 'v1', kind: extra.owner[0], name: extra.owner[1], controller: true }] } : {}),
    },
    spec: { ...(nodeName ? { nodeName } : {}), containers: [{ name: 'c', image: 'busybox' }], ...extra.spec },
    status: { phase: extra.phase ?? 'Running' },
  });
  const staticPod = (component: string, nodeName: string) =>
    pod(`${component}-${nodeName}`, 'kube-system', nodeName, { labels: { component, tier: 'control-plane' }, annotations: { 'kubernetes.io/config.source': 'file' }, owner: ['Node', nodeName] });

  it('keeps a kube-system pod named etcd-backup-… on a worker as a pod: a name is no component', () => {
    const { cluster } = imported(list(node('cp', { 'node-role.kubernetes.io/control-plane': '' }), node('w1'), staticPod('kube-apiserver', 'cp'), staticPod('etcd', 'cp'), pod('etcd-backup-29000000-abcde', 'kube-system', 'w1', { owner: ['Job', 'etcd-backup-29000000'] })));
    expect(kinds(cluster, 1)).toEqual(['kubelet', 'container-runtime']);
    expect(cluster.nodes[1]!.pods.map((p) => p.id)).toEqual(['etcd-backup-29000000-abcde']);
  });

  it('makes nodes from the pods of "kubectl get pods -A -o json", control plane from the static pods', () => {
    const { cluster, notes } = imported(list(staticPod('kube-apiserver', 'cp-1'), staticPod('kube-scheduler', 'cp-1'), pod('web-1', 'shop', 'w-1')));
    expect(cluster.nodes.map((n) => [n.id, n.role])).toEqual([
      ['cp-1', 'control-plane'],
      ['w-1', 'worker'],
    ]);
    expect(kinds(cluster, 0)).toEqual(['apiserver', 'scheduler', 'kubelet', 'kube-proxy', 'container-runtime']);
    expect(notes[0]).toBe("the input has no Node objects: made 2 node(s) from the pods' spec.nodeName (cp-1, w-1), without capacity, versions or runtime");
  });

  it('folds ReplicaSets into their Deployment and CronJob runs into one Job, as "kubectl get all -A -o yaml" lists them', () => {
    const yaml = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: web, namespace: shop}
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: shop}
  spec: {replicas: 2}
  status: {readyReplicas: 1}
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata:
    name: web-6d4cf56db6
    namespace: shop
    ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, controller: true}]
- apiVersion: batch/v1
  kind: CronJob
  metadata: {name: report, namespace: shop}
- apiVersion: batch/v1
  kind: Job
  metadata:
    name: report-29000060
    namespace: shop
    ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: report, controller: true}]
- apiVersion: v1
  kind: Pod
  metadata:
    name: web-6d4cf56db6-x2x9z
    namespace: shop
    ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-6d4cf56db6, controller: true}]
  spec: {nodeName: n1, containers: [{name: web, image: nginx}]}
  status: {phase: Running}
- apiVersion: v1
  kind: Pod
  metadata:
    name: report-29000060-q8k2s
    namespace: shop
    ownerReferences: [{apiVersion: batch/v1, kind: Job, name: report-29000060, controller: true}]
  spec: {nodeName: n1, containers: [{name: report, image: busybox}]}
  status: {phase: Succeeded}
`;
    const { cluster, notes } = imported(yaml, 'all.yaml');
    expect(cluster.workloads.map((w) => [w.id, w.kind, w.label, w.replicas])).toEqual([
      ['web', 'Deployment', 'web', { desired: 2, current: 1, ready: 1 }],
      ['report', 'CronJob', 'report', { desired: 1, current: 1 }],
    ]);
    expect(cluster.nodes[1]!.pods.map((p) => p.workload)).toEqual(['web', 'report']);
    expect(cluster.services!.map((s) => [s.id, s.namespace])).toEqual([['web.shop', 'shop']]);
    expect(notes.join('\n')).not.toContain('left out objects');
  });

  it('falls back to the pod-template-hash label when the ReplicaSet is not in the input', () => {
    const { cluster } = imported(list(cpNode, pod('api-7c9d8b-abcde', 'default', 'n1', { labels: { 'pod-template-hash': '7c9d8b' }, owner: ['ReplicaSet', 'api-7c9d8b'] })));
    expect(cluster.workloads.map((w) => [w.id, w.kind])).toEqual([['api', 'Deployment']]);
  });

  it('keeps a Job named like a CronJob run a Job when its object says it has no CronJob', () => {
    const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'backup-29000060', namespace: 'default' }, spec: { completions: 1 } };
    const { cluster } = imported(list(cpNode, job, pod('backup-29000060-x1', 'default', 'n1', { owner: ['Job', 'backup-29000060'], phase: 'Succeeded' })));
    expect(cluster.workloads.map((w) => [w.id, w.kind, w.label])).toEqual([['backup-29000060', 'Job', 'backup-29000060']]);
  });

  it('reads kwok capacities, spec: null and a node without status', () => {
    const kwok = node('kwok-1', {}, { spec: null, status: { capacity: { cpu: '1k', memory: '1Ti', pods: '1M' } } });
    const { cluster } = imported(list(cpNode, kwok, node('bare', {}, { status: null })));
    expect(cluster.nodes[1]!.capacity).toEqual({ cpu: '1000', memory: '1Ti', pods: 1000000 });
    expect(cluster.nodes[2]!.capacity).toBeUndefined();
  });

  it('infers the kind of NodeList items that carry none, as client-go prints them', () => {
    const { cluster } = imported('kind: NodeList\napiVersion: v1\nitems:\n- metadata:\n    name: m1\n    labels: {node-role.kubernetes.io/master: "true"}\n- metadata: {name: w1}\n', 'nodes.yaml');
    expect(cluster.nodes.map((n) => [n.id, n.role])).toEqual([
      ['m1', 'control-plane'],
      ['w1', 'worker'],
    ]);
  });

  it('draws RKE1 nodes from their role labels: control plane and etcd as Docker containers, not pods', () => {
    const { cluster, notes } = imported(list(node('cp', { 'node-role.kubernetes.io/controlplane': 'true' }), node('etcd-1', { 'node-role.kubernetes.io/etcd': 'true' }), node('w', { 'node-role.kubernetes.io/worker': 'true' })));
    expect(cluster.nodes.map((n) => [n.id, n.role, n.components.map((c) => c.kind).join(',')])).toEqual([
      ['cp', 'control-plane', 'apiserver,scheduler,controller-manager,kubelet,kube-proxy,container-runtime'],
      ['etcd-1', 'control-plane', 'etcd,kubelet,kube-proxy,container-runtime'],
      ['w', 'worker', 'kubelet,kube-proxy,container-runtime'],
    ]);
    expect(notes).toContainEqual('node "cp": RKE1 runs the control plane as Docker containers outside Kubernetes; drew apiserver, scheduler, controller-manager');
  });

  it('draws k3s servers with embedded etcd when they carry the etcd role', () => {
    const server = (name: string) => node(name, { 'node-role.kubernetes.io/control-plane': 'true', 'node-role.kubernetes.io/etcd': 'true', 'node-role.kubernetes.io/master': 'true' }, { status: { nodeInfo: { kubeletVersion: 'v1.29.0+k3s1', containerRuntimeVersion: 'containerd://1.7.11-k3s2' } } });
    const { cluster } = imported(list(server('s1'), server('s2'), server('s3'), pod('coredns-1', 'kube-system', 's1', { owner: ['ReplicaSet', 'coredns-6799fbcd5'] })));
    expect(kinds(cluster, 0)).toEqual(['apiserver', 'scheduler', 'controller-manager', 'etcd', 'kubelet', 'kube-proxy', 'container-runtime']);
  });

  it('marks cordoned workers unschedulable and keeps their taints and operating systems', () => {
    const cordoned = node('w1', {}, { spec: { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }, { key: 'gpu', value: 'true', effect: 'NoSchedule' }] } });
    const windows = node('win1', { 'kubernetes.io/os': 'windows' });
    const { cluster, notes } = imported(list(cpNode, cordoned, windows));
    expect(cluster.nodes[1]!.schedulable).toBe(false);
    expect(cluster.nodes[1]!.cordoned).toBe(true);
    expect(cluster.nodes[1]!.taints).toEqual([
      { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
      { key: 'gpu', value: 'true', effect: 'NoSchedule' },
    ]);
    expect(cluster.nodes[2]!.os).toBe('windows');
    expect(notes).toEqual(['marked cordoned nodes unschedulable: 1 cordoned node (w1)']);
  });

  it('keeps native sidecars as containers marked sidecar, and init containers as such', () => {
    const p = pod('app', 'default', 'n1', { spec: { initContainers: [{ name: 'migrate', image: 'm' }, { name: 'proxy', image: 'envoy', restartPolicy: 'Always' }] } });
    const { cluster, notes } = imported(list(cpNode, p));
    const app = cluster.nodes[0]!.pods[0]!;
    expect(app.containers.map((c) => [c.label, c.sidecar])).toEqual([['proxy', true], ['c', undefined]]);
    expect(app.initContainers!.map((c) => c.label)).toEqual(['migrate']);
    expect(notes.join('\n')).not.toContain('init container');
  });

  it('names the path of a pod whose spec is null', () => {
    const result = importCluster({ file: 'x.json', text: list(cpNode, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: null }) });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['items[1].spec.containers']);
  });
});

describe('importCluster on a Node listed twice', () => {
  it('keeps one node even when a copy carries a stray namespace (found by the property test)', () => {
    const node = { metadata: { name: 'a6' }, spec: null };
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'NodeList', items: [{ metadata: { name: 'v0' } }, node, { ...node, metadata: { name: 'a6', namespace: 'kube-system' } }] });
    const { cluster } = imported(text);
    expect(cluster.nodes.map((n) => n.id).filter((id) => id.startsWith('a6'))).toEqual(['a6']);
  });
});

describe('importCluster on a cluster behind a cloud load balancer', () => {
  // As "kubectl get nodes,pods,services,ingresses -A -o yaml" prints it on EKS: the ingress
  // controller's LoadBalancer service and the ingress it serves report the same ELB hostname.
  const elb = 'k8s-ingressn-ingressn-1a2b3c4d5e-0123456789abcdef.elb.eu-west-1.amazonaws.com';
  const yaml = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Node
  metadata: {name: ip-10-0-1-20.eu-west-1.compute.internal}
- apiVersion: v1
  kind: Pod
  metadata: {name: ingress-nginx-controller-5c8d66c76d-7xk2p, namespace: ingress-nginx, labels: {app.kubernetes.io/name: ingress-nginx}}
  spec: {nodeName: ip-10-0-1-20.eu-west-1.compute.internal, containers: [{name: controller, image: registry.k8s.io/ingress-nginx/controller:v1.11.2}]}
  status: {phase: Running}
- apiVersion: v1
  kind: Pod
  metadata: {name: web-7d9f8b6c5-q2x7m, namespace: shop, labels: {app: web}}
  spec: {nodeName: ip-10-0-1-20.eu-west-1.compute.internal, containers: [{name: web, image: nginx:1.27}]}
  status: {phase: Running}
- apiVersion: v1
  kind: Service
  metadata: {name: ingress-nginx-controller, namespace: ingress-nginx}
  spec:
    type: LoadBalancer
    clusterIP: 172.20.14.3
    selector: {app.kubernetes.io/name: ingress-nginx}
    ports: [{name: http, port: 80, protocol: TCP, targetPort: http, nodePort: 31080}]
  status:
    loadBalancer:
      ingress: [{hostname: ${elb}}]
- apiVersion: v1
  kind: Service
  metadata: {name: web, namespace: shop}
  spec: {type: ClusterIP, clusterIP: 172.20.99.1, selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}
- apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata: {name: shop, namespace: shop}
  spec:
    ingressClassName: nginx
    rules: [{host: shop.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]
  status:
    loadBalancer:
      ingress: [{hostname: ${elb}}]
`;
  const { cluster } = imported(yaml, 'network.yaml');

  it('adds one load-balancer actor, labelled with the ELB hostname', () => {
    expect(cluster.actors.map((a) => [a.id, a.kind, a.label])).toEqual([
      ['kubectl', 'kubectl', 'kubectl'],
      ['load-balancer', 'load-balancer', elb],
    ]);
    expect(cluster.ingresses![0]!.loadBalancer).toEqual([{ hostname: elb }]);
  });

  it('routes the load balancer to the LoadBalancer service and the addressed ingress, not to the ClusterIP service', () => {
    const routes = relationsOf(cluster).filter((r) => r.from === 'load-balancer' && r.kind === 'routes').map((r) => r.to);
    expect(routes).toContain('ingress-nginx-controller');
    expect(routes).toContain('shop');
    expect(routes).not.toContain('web');
  });

  it('adds no load balancer when no service is of type LoadBalancer and no ingress has an address', () => {
    const { cluster: plain } = imported(yaml.replace('type: LoadBalancer', 'type: NodePort').replaceAll(`ingress: [{hostname: ${elb}}]`, 'ingress: []'), 'network.yaml');
    expect(plain.actors.map((a) => a.kind)).toEqual(['kubectl']);
  });
});
