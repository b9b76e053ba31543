// The kubectl output the benchmarks read: `kubectl get nodes,pods -A -o json` (or `-o yaml`) of a
// generated EKS-like cluster, written object by object to a file. Shared by this package's
// benchmark and the command line's whole-pipeline benchmark.
import { createWriteStream } from 'node:fs';
import { stringify } from 'yaml';

/** Pods on each node. */
export const PODS_PER_NODE = 6;

/** The `i`-th node, as `kubectl get node -o json` prints it. */
export function node(i) {
  const name = `ip-10-${(i >> 8) & 255}-${i & 255}-1.eu-west-1.compute.internal`;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      annotations: { 'alpha.kubernetes.io/provided-node-ip': `10.0.${i & 255}.1`, 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
      creationTimestamp: '2026-01-02T20:02:19Z',
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/instance-type': 'm6i.xlarge',
        'beta.kubernetes.io/os': 'linux',
        'eks.amazonaws.com/nodegroup': `group-${i % 20}`,
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'node.kubernetes.io/instance-type': 'm6i.xlarge',
        'topology.kubernetes.io/region': 'eu-west-1',
        'topology.kubernetes.io/zone': `eu-west-1${'abc'[i % 3]}`,
      },
      name,
      resourceVersion: String(100000 + i),
      uid: `d06a4e91-b2e9-4907-a60a-${String(i).padStart(12, '0')}`,
    },
    spec: { providerID: `aws:///eu-west-1a/i-${i.toString(16).padStart(17, '0')}` },
    status: {
      addresses: [
        { address: `10.0.${i & 255}.1`, type: 'InternalIP' },
        { address: name, type: 'Hostname' },
        { address: name, type: 'InternalDNS' },
      ],
      allocatable: { cpu: '3920m', 'ephemeral-storage': '95551679124', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '15186508Ki', pods: '58' },
      capacity: { cpu: '4', 'ephemeral-storage': '104845292Ki', 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory: '16181836Ki', pods: '58' },
      conditions: ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => ({
        lastHeartbeatTime: '2026-01-02T21:02:19Z',
        lastTransitionTime: '2026-01-02T20:02:19Z',
        message: `kubelet has no ${type}`,
        reason: `KubeletHas${type}`,
        status: type === 'Ready' ? 'True' : 'False',
        type,
      })),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      images: Array.from({ length: 12 }, (_, k) => ({
        names: [`602401143452.dkr.ecr.eu-west-1.amazonaws.com/image-${k}@sha256:${'ab'.repeat(32)}`, `602401143452.dkr.ecr.eu-west-1.amazonaws.com/image-${k}:v1.${k}.0`],
        sizeBytes: 10000000 + k,
      })),
      nodeInfo: {
        architecture: 'amd64',
        bootID: `6b0f6e2a-1f0a-4c55-9c8e-${String(i).padStart(12, '0')}`,
        containerRuntimeVersion: 'containerd://1.7.22',
        kernelVersion: '6.1.119-129.201.amzn2023.x86_64',
        kubeProxyVersion: 'v1.31.2-eks-94953ac',
        kubeletVersion: 'v1.31.2-eks-94953ac',
        machineID: 'ec2c4d5f8c8e3c4f9a6d7e8f9a0b1c2d',
        operatingSystem: 'linux',
        osImage: 'Amazon Linux 2023.6.20241212',
        systemUUID: 'ec2c4d5f-8c8e-3c4f-9a6d-7e8f9a0b1c2d',
      },
    },
  };
}

/** The `p`-th pod on the `i`-th node, as `kubectl get pod -o json` prints it. */
export function pod(i, p, nodeName) {
  const app = `app-${(i * PODS_PER_NODE + p) % 400}`;
  const name = `${app}-6d4cf56db6-${(i * PODS_PER_NODE + p).toString(36).padStart(5, 'x')}`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      creationTimestamp: '2026-01-02T20:05:00Z',
      generateName: `${app}-6d4cf56db6-`,
      labels: { app, 'pod-template-hash': '6d4cf56db6' },
      name,
      namespace: `team-${p}`,
      ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name: `${app}-6d4cf56db6`, uid: '2bc88ac2-18a1-4d83-9bfb-282038475db2' }],
      resourceVersion: String(200000 + i * PODS_PER_NODE + p),
      uid: `7a26335b-a3d4-458c-ad4a-${String(i * PODS_PER_NODE + p).padStart(12, '0')}`,
    },
    spec: {
      containers: [
        {
          env: [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'PORT', value: '8080' }],
          image: `registry.example.com/${app}:1.4.2`,
          imagePullPolicy: 'IfNotPresent',
          name: 'app',
          ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
          readinessProbe: { failureThreshold: 3, httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' }, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1 },
          resources: { limits: { memory: '512Mi' }, requests: { cpu: '250m', memory: '256Mi' } },
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          volumeMounts: [{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: 'kube-api-access-x', readOnly: true }],
        },
      ],
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      nodeName,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      restartPolicy: 'Always',
      schedulerName: 'default-scheduler',
      securityContext: {},
      serviceAccountName: 'default',
      terminationGracePeriodSeconds: 30,
      tolerations: [
        { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
        { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
      ],
      volumes: [{ name: 'kube-api-access-x', projected: { defaultMode: 420, sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }, { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } }] } }],
    },
    status: {
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ lastProbeTime: null, lastTransitionTime: '2026-01-02T20:05:03Z', status: 'True', type })),
      containerStatuses: [{ containerID: `containerd://${'f'.repeat(64)}`, image: `registry.example.com/${app}:1.4.2`, imageID: `registry.example.com/${app}@sha256:${'cd'.repeat(32)}`, lastState: {}, name: 'app', ready: true, restartCount: 0, started: true, state: { running: { startedAt: '2026-01-02T20:05:02Z' } } }],
      hostIP: '10.0.0.1',
      phase: 'Running',
      podIP: '10.0.1.17',
      qosClass: 'Burstable',
      startTime: '2026-01-02T20:05:00Z',
    },
  };
}

/** Writes the list of `nodes` nodes and their pods as JSON, object by object as kubectl does, so a 230 MB input costs no 230 MB string. */
export async function writeInput(file, nodes) {
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? undefined : new Promise((done) => out.once('drain', done)));
  const indent = (o) => JSON.stringify(o, null, 4).replace(/\n/g, '\n        ');
  await write('{\n    "apiVersion": "v1",\n    "items": [\n');
  let first = true;
  const item = async (o) => {
    await write(`${first ? '' : ',\n'}        ${indent(o)}`);
    first = false;
  };
  for (let i = 0; i < nodes; i++) await item(node(i));
  for (let i = 0; i < nodes; i++) for (let p = 0; p < PODS_PER_NODE; p++) await item(pod(i, p, node(i).metadata.name));
  await write('\n    ],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  await new Promise((done) => out.end(done));
}

/** Writes the same objects as `kubectl get -o yaml` prints them: lists at their key's indentation. */
export async function writeYamlInput(file, nodes) {
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? undefined : new Promise((done) => out.once('drain', done)));
  const item = (o) => write(`- ${stringify(o, { indentSeq: false, lineWidth: 0 }).trimEnd().replace(/\n/g, '\n  ')}\n`);
  await write('apiVersion: v1\nitems:\n');
  for (let i = 0; i < nodes; i++) await item(node(i));
  for (let i = 0; i < nodes; i++) for (let p = 0; p < PODS_PER_NODE; p++) await item(pod(i, p, node(i).metadata.name));
  await write('kind: List\nmetadata:\n  resourceVersion: ""\n');
  await new Promise((done) => out.end(done));
}

