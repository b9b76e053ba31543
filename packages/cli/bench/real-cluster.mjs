// The whole path of a large real cluster's picture, stage by stage:
//   kubectl get nodes,pods -A -o json | kubegram import - -o cluster.yaml (or cluster.json)
//   kubegram render cluster.yaml (or cluster.json) --group-nodes
// for a generated EKS-like cluster of 5,000 nodes and 30,000 pods (about 270 MB of JSON). Each
// stage's time is the CPU time of this process (user and system), which other processes on a busy
// machine do not stretch; wall time beside it. Run after a build (npm run build at the root).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutView, toSvg } from '@kubegram/diagram';
import { importFiles } from '@kubegram/import/node';
import { simplifyCluster } from '@kubegram/model';
import { parseClusterText } from '@kubegram/model/load';
import { stringify } from 'yaml';
import { PODS_PER_NODE, writeInput } from '../../import/bench/_kubectl-output.mjs';

const NODES = 5000;
const PICTURE_TARGET_MS = 1000;
const options = { groupNodes: 3 };

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rows = [];
function stage(name, fn) {
  const c = cpu();
  const w = performance.now();
  const value = fn();
  rows.push({ name, ms: cpu() - c, wall: performance.now() - w });
  return value;
}

const dir = mkdtempSync(join(tmpdir(), 'kubegram-real-bench-'));
try {
  const file = join(dir, 'cluster.json');
  await writeInput(file, NODES);
  const mb = (statSync(file).size / 2 ** 20).toFixed(0);
  const c0 = cpu();
  const w0 = performance.now();
  const imported = await importFiles([file], { id: 'bench' });
  rows.push({ name: 'import: kubectl JSON to a model spec', ms: cpu() - c0, wall: performance.now() - w0 });
  if (!imported.ok) throw new Error(JSON.stringify(imported.errors.slice(0, 3)));
  const yaml = stage('import: the model written as YAML', () => stringify(imported.spec, { lineWidth: 0 }));
  const json = stage('import: the model written as JSON', () => `${JSON.stringify(imported.spec, null, 2)}\n`);
  const loaded = stage('render: the YAML model read and checked', () => parseClusterText(yaml, 'cluster.yaml'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors.slice(0, 3)));
  const loadedJson = stage('render: the JSON model read and checked', () => parseClusterText(json, 'cluster.json'));
  if (!loadedJson.ok) throw new Error(JSON.stringify(loadedJson.errors.slice(0, 3)));
  // What reading cannot beat: the platform's own JSON parser on the same model, unchecked.
  stage('reference: JSON.parse of the JSON model alone', () => JSON.parse(json));
  const [readYaml, readJson, jsonParse] = rows.slice(-3).map((r) => r.ms);
  const cluster = loaded.cluster;
  // Each picture stage starts from the model, as a render does; the last is the whole picture.
  const simplified = stage('picture: pools grouped, system pods folded', () => simplifyCluster(cluster, options));
  stage('picture: that, then the layout (boxes placed, edges routed)', () => layoutView(cluster, options));
  const svg = stage('picture: that, then the SVG (the whole render)', () => toSvg(cluster, options));
  console.log(`${NODES} nodes, ${NODES * PODS_PER_NODE} pods, ${mb} MB of kubectl JSON, a ${(yaml.length / 2 ** 20).toFixed(0)} MB YAML or ${(json.length / 2 ** 20).toFixed(0)} MB JSON model; drawn as ${simplified.nodes.length} nodes, ${(svg.length / 1024).toFixed(0)} KB of SVG`);
  for (const r of rows) console.log(`  ${r.name.padEnd(60)} ${r.ms.toFixed(0).padStart(6)} ms CPU (${r.wall.toFixed(0)} ms wall)`);
  console.log(`model read back: YAML ${readYaml.toFixed(0)} ms CPU, JSON ${readJson.toFixed(0)} ms CPU; ${(readYaml / jsonParse).toFixed(1)} and ${(readJson / jsonParse).toFixed(1)} times JSON.parse alone (${jsonParse.toFixed(0)} ms)`);
  const picture = rows.at(-1).ms;
  console.log(`picture from the model: ${picture.toFixed(0)} ms CPU (target: under ${PICTURE_TARGET_MS} ms)${picture < PICTURE_TARGET_MS ? '' : ' OUTSIDE TARGET'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
