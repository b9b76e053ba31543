import { parseCluster } from '@kubegram/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { importCluster } from './import-cluster.js';

// Names from a small alphabet, so that clashes between nodes, pods, workloads and the ids the model
// derives (`<node>-kubelet`) are common.
const name = fc.stringMatching(/^[a-z][a-z0-9.-]{0,6}[a-z0-9]$/).map((s) => s.replace(/\.\.|\.-|-\./g, 'x'));
const maybeNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 }).chain((v) => fc.constantFrom(v, v, null as unknown as T));
const quantity = fc.oneof(
  fc.constantFrom('250m', '1', '1k', '1M', '250000u', '1e9', '16331164Ki', '1.5Gi', '-1', 'lots', '', '0', '1Ei', '.5', '5.'),
  fc.double({ noNaN: false }),
  fc.integer(),
);
const roleLabels = fc.dictionary(
  fc.constantFrom('node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master', 'node-role.kubernetes.io/controlplane', 'node-role.kubernetes.io/etcd', 'node-role.kubernetes.io/worker', 'kubernetes.io/os', 'eks.amazonaws.com/nodegroup', 'node.kubernetes.io/instance-type', 'topology.kubernetes.io/region'),
  fc.constantFrom('', 'true', 'false', 'windows', 'k3s', 'eu-west-1'),
);
const nodeObject = fc.record({
  apiVersion: fc.constantFrom('v1', undefined),
  kind: fc.constantFrom('Node', undefined),
  metadata: fc.record({ name, labels: maybeNull(roleLabels) }),
  spec: maybeNull(fc.record({ providerID: fc.constantFrom('aws:///eu-west-1a/i-1', 'gce://p/z/vm', 'kind://docker/k/n', undefined), unschedulable: fc.boolean(), taints: maybeNull(fc.array(fc.record({ key: fc.constantFrom('node-role.kubernetes.io/control-plane', 'gpu', 'node.kubernetes.io/unschedulable'), effect: fc.constantFrom('NoSchedule', 'NoExecute', 'PreferNoSchedule') }), { maxLength: 2 })) })),
  status: maybeNull(fc.record({ capacity: maybeNull(fc.record({ cpu: quantity, memory: quantity, pods: quantity })), nodeInfo: maybeNull(fc.record({ kubeletVersion: fc.constantFrom('v1.31.2', 'v1.29.0+k3s1', 'v1.30.1-eks-1', ''), containerRuntimeVersion: fc.constantFrom('containerd://1.7.22', 'cri-o://1.30', 'docker://27', 'remote://x', '') })) })),
});
const owner = fc.record({ apiVersion: fc.constant('apps/v1'), kind: fc.constantFrom('ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Node', 'Rollout'), name, controller: fc.boolean() });
const container = fc.record({ name, image: fc.constantFrom('nginx:1.27', 'busybox'), ports: maybeNull(fc.array(fc.record({ containerPort: fc.oneof(fc.integer({ min: -5, max: 70000 }), fc.constant(80)) }), { maxLength: 2 })), resources: maybeNull(fc.record({ requests: maybeNull(fc.record({ cpu: quantity, memory: quantity }, { requiredKeys: [] })) })), restartPolicy: fc.constantFrom(undefined, 'Always') });
const podObject = (nodes: string[]) =>
  fc.record({
    apiVersion: fc.constantFrom('v1', undefined),
    kind: fc.constantFrom('Pod', undefined),
    metadata: fc.record({
      name,
      namespace: fc.constantFrom('default', 'kube-system', 'shop', 'openshift-etcd', undefined),
      labels: maybeNull(fc.dictionary(fc.constantFrom('component', 'tier', 'k8s-app', 'app', 'pod-template-hash'), fc.constantFrom('kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'cloud-controller-manager', 'kube-proxy', 'control-plane', 'abc12', 'openshift-kube-apiserver', 'web'))),
      annotations: maybeNull(fc.constantFrom({ 'kubernetes.io/config.source': 'file' }, { 'kubernetes.io/config.mirror': 'x' }, {})),
      ownerReferences: maybeNull(fc.array(owner, { maxLength: 2 })),
    }),
    spec: fc.record({ nodeName: fc.constantFrom(...nodes, 'elsewhere', undefined), containers: fc.array(container, { minLength: 1, maxLength: 3 }), initContainers: maybeNull(fc.array(container, { maxLength: 2 })) }),
    status: maybeNull(fc.record({ phase: fc.constantFrom('Running', 'Pending', 'Succeeded', 'Failed', 'Unknown', 'Weird', undefined) })),
  });
const workloadObject = fc.record({
  apiVersion: fc.constantFrom('apps/v1', 'batch/v1', 'v1'),
  kind: fc.constantFrom('Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Service', 'Ingress', 'ConfigMap'),
  metadata: fc.record({ name, namespace: fc.constantFrom('default', 'shop', undefined), ownerReferences: maybeNull(fc.array(owner, { maxLength: 1 })) }),
  spec: maybeNull(fc.record({ replicas: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant(null)), completions: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] })),
  status: maybeNull(fc.record({ readyReplicas: fc.integer({ min: 0, max: 5 }), numberReady: fc.integer({ min: 0, max: 5 }), desiredNumberScheduled: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] })),
});
const namespace = fc.constantFrom('default', 'shop', undefined);
const serviceObject = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Service'),
  metadata: fc.record({ name, namespace }),
  spec: maybeNull(
    fc.record(
      {
        type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'Weird', undefined),
        clusterIP: fc.constantFrom('None', '10.0.0.1', undefined),
        externalName: fc.constantFrom('db.example.com', undefined),
        selector: maybeNull(fc.dictionary(fc.constantFrom('app', 'k8s-app'), fc.constantFrom('web', 'abc12'))),
        ports: maybeNull(fc.array(fc.record({ name: fc.constantFrom('http', 'web', undefined), port: fc.oneof(fc.integer({ min: -1, max: 70000 }), fc.constant(80)), nodePort: fc.constantFrom(30080, 8080, undefined), protocol: fc.constantFrom('TCP', 'UDP', 'QUIC', undefined), targetPort: fc.constantFrom(8080, 'http', undefined) }), { maxLength: 3 })),
      },
      { requiredKeys: [] },
    ),
  ),
  status: maybeNull(fc.record({ loadBalancer: fc.record({ ingress: fc.array(fc.record({ ip: fc.constantFrom('1.2.3.4', undefined), hostname: fc.constantFrom('lb.example.com', undefined) }), { maxLength: 2 }) }) })),
});
const backend = fc.oneof(
  fc.record({ service: fc.record({ name, port: fc.oneof(fc.record({ number: fc.constantFrom(80, 8080) }), fc.record({ name: fc.constantFrom('http', 'web') })) }) }),
  fc.record({ serviceName: name, servicePort: fc.constantFrom(80, 'http') }),
);
const ingressObject = fc.record({
  apiVersion: fc.constantFrom('networking.k8s.io/v1', 'extensions/v1beta1'),
  kind: fc.constant('Ingress'),
  metadata: fc.record({ name, namespace }),
  spec: maybeNull(fc.record({ ingressClassName: fc.constantFrom('nginx', undefined), defaultBackend: backend, rules: fc.array(fc.record({ host: fc.constantFrom('a.example.com', undefined), http: fc.record({ paths: fc.array(fc.record({ path: fc.constantFrom('/', '/api'), backend }), { maxLength: 2 }) }) }), { maxLength: 2 }) }, { requiredKeys: [] })),
});
const namespaceObject = fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Namespace'), metadata: fc.record({ name: fc.constantFrom('default', 'shop', 'kube-system') }) });
const cluster = fc
  .array(nodeObject, { maxLength: 4 })
  .chain((nodes) =>
    fc.tuple(
      fc.constant(nodes),
      fc.array(podObject(nodes.map((n) => n.metadata.name)), { maxLength: 8 }),
      fc.array(workloadObject, { maxLength: 4 }),
      fc.array(fc.oneof(serviceObject, ingressObject, namespaceObject), { maxLength: 4 }),
    ),
  )
  .map(([nodes, pods, workloads, network]) => [...nodes, ...pods, ...workloads, ...network]);

describe('importCluster on random valid-shaped Kubernetes objects', () => {
  it('never throws, and what it returns is a valid model or problems that name their place', () => {
    fc.assert(
      fc.property(cluster, fc.constantFrom('List', 'NodeList', 'yaml'), (items, form) => {
        const text = form === 'yaml' ? items.map((i) => stringify(i)).join('---\n') : JSON.stringify({ apiVersion: 'v1', kind: form, items }, null, 1);
        const result = importCluster({ file: 'random', text }, { id: 'random' });
        if (result.ok) {
          const parsed = parseCluster(result.spec);
          expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        } else {
          for (const e of result.errors) expect(e.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = importCluster(JSON.stringify(value, null, 2));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
