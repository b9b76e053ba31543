// Benchmark of import against a bare JSON.parse of the same kubectl output, for clusters of 500 and
// 5,000 nodes with 6 pods each (the larger is about the 230 MB that "kubectl get nodes,pods -A -o
// json" prints for such a cluster). Each measurement runs in a process of its own, so its peak
// memory is its own. `npm run bench` (here or at the root) builds the package first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PODS_PER_NODE, writeInput, writeYamlInput } from './_kubectl-output.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, '..', 'dist', 'node', 'index.js');

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
