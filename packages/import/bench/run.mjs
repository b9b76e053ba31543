// Benchmark of import against a bare JSON.parse of the same kubectl output, for clusters of 500 and
// 5,000 nodes with 6 pods each (the larger is about the 230 MB that "kubectl get nodes,pods -A -o
// json" prints for such a cluster). Each measurement runs in a process of its own, so its peak
// memory is its own. `npm run bench` (here or at the root) builds the package first.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, '..', 'dist', 'node', 'index.js');
const PODS_PER_NODE = 6;

// A node and a pod as kubectl prints them, with the status fields that make real output large.
function node(i) {
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

function pod(i, p, nodeName) {
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

// Written object by object, as kubectl does, so that making a 230 MB input costs no 230 MB string.
async function writeInput(file, nodes) {
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

// The same objects as kubectl get -o yaml prints them: lists at their key's indentation.
async function writeYamlInput(file, nodes) {
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? undefined : new Promise((done) => out.once('drain', done)));
  const item = (o) => write(`- ${stringify(o, { indentSeq: false, lineWidth: 0 }).trimEnd().replace(/\n/g, '\n  ')}\n`);
  await write('apiVersion: v1\nitems:\n');
  for (let i = 0; i < nodes; i++) await item(node(i));
  for (let i = 0; i < nodes; i++) for (let p = 0; p < PODS_PER_NODE; p++) await item(pod(i, p, node(i).metadata.name));
  await write('kind: List\nmetadata:\n  resourceVersion: ""\n');
  await new Promise((done) => out.end(done));
}

// The machine is shared, so time is the CPU time the process used (user and system), which other
// processes do not stretch; wall time is reported beside it.
const CLOCK = `const w=performance.now();const c=process.cpuUsage();const report=(x)=>{const u=process.cpuUsage(c);console.log(JSON.stringify({...x,ms:(u.user+u.system)/1000,wall:performance.now()-w,peak:process.resourceUsage().maxRSS*1024}));};`;

// One measurement in a fresh process: its CPU time and its peak resident memory.
function measure(what, file) {
  const script = {
    parse: `${CLOCK}const v=JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)},'utf8'));report({items:v.items.length});`,
    import: `${CLOCK}import(${JSON.stringify(dist)}).then(async({importFiles})=>{const r=await importFiles([${JSON.stringify(file)}],{id:'bench'});if(!r.ok)throw new Error(JSON.stringify(r.errors));report({nodes:r.spec.nodes.length});});`,
  }[what];
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${what} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

if (!existsSync(dist)) {
  console.error('bench: build @kubegram/import first (npm run build -w @kubegram/import)');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'kubegram-import-bench-'));
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const rows = [];
try {
  for (const nodes of [500, 5000]) {
    const file = join(dir, `cluster-${nodes}.json`);
    await writeInput(file, nodes);
    const size = statSync(file).size;
    const parse = measure('parse', file);
    const imported = measure('import', file);
    rows.push({ nodes, size, parse, imported });
    console.log(
      `${String(nodes).padStart(5)} nodes, ${nodes * PODS_PER_NODE} pods, ${mb(size)} of JSON: JSON.parse ${parse.ms.toFixed(0)} ms CPU (${parse.wall.toFixed(0)} ms wall, peak ${mb(parse.peak)}), import ${imported.ms.toFixed(0)} ms CPU (${imported.wall.toFixed(0)} ms wall, peak ${mb(imported.peak)}), ratio ${(imported.ms / parse.ms).toFixed(2)}x`,
    );
    rmSync(file);
    if (nodes === 500) {
      const yamlFile = join(dir, `cluster-${nodes}.yaml`);
      await writeYamlInput(yamlFile, nodes);
      const fromYaml = measure('import', yamlFile);
      console.log(`${String(nodes).padStart(5)} nodes as ${mb(statSync(yamlFile).size)} of YAML: import ${fromYaml.ms.toFixed(0)} ms CPU (${fromYaml.wall.toFixed(0)} ms wall, peak ${mb(fromYaml.peak)}), ${(fromYaml.ms / imported.ms).toFixed(2)}x the import of the same objects as JSON`);
      rmSync(yamlFile);
    }
  }
  const [small, large] = rows;
  const perNode = (a, b) => (b - a) / (large.nodes - small.nodes);
  console.log(`growth per node from ${small.nodes} to ${large.nodes}: import ${perNode(small.imported.ms, large.imported.ms).toFixed(3)} ms and ${(perNode(small.imported.peak, large.imported.peak) / 1024).toFixed(1)} KB; JSON.parse ${perNode(small.parse.ms, large.parse.ms).toFixed(3)} ms and ${(perNode(small.parse.peak, large.parse.peak) / 1024).toFixed(1)} KB`);
  const ok = large.imported.ms / large.parse.ms <= 3 && large.imported.peak < 2 * 2 ** 30;
  console.log(ok ? 'within targets: at most 3x JSON.parse, under 2 GB at 5,000 nodes' : 'OUTSIDE TARGETS: at most 3x JSON.parse, under 2 GB at 5,000 nodes');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
