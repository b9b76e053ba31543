// Benchmark of the SVG renderer against Graphviz on equivalent graphs. Run after a build:
//   npx turbo run build --filter=@kubegram/diagram && npm run bench
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { parseCluster, presets, relationsOf, selectView } from '@kubegram/model';
import { toSvg } from '@kubegram/diagram';

function cluster(workers, pods, containers) {
  const r = parseCluster({
    id: `bench-${workers}x${pods}x${containers}`,
    cloud: { provider: 'aws' },
    nodes: [
      { id: 'cp', role: 'control-plane' },
      ...Array.from({ length: workers }, (_, w) => ({
        id: `w${w}`,
        role: 'worker',
        pods: Array.from({ length: pods }, (_, p) => ({
          id: `w${w}-p${p}`,
          containers: Array.from({ length: containers }, (_, c) => ({ id: `w${w}-p${p}-c${c}`, image: 'example/app:1.0' })),
        })),
      })),
    ],
    actors: [{ id: 'kubectl', kind: 'kubectl' }, { id: 'lb', kind: 'load-balancer' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
}

// The same boxes and edges as the overview, as DOT clusters, for Graphviz to lay out and draw.
function toDot(c) {
  const sel = selectView(c, 'overview');
  const kids = new Map();
  for (const e of sel.elements) kids.set(e.parent, [...(kids.get(e.parent) ?? []), e]);
  const q = (s) => JSON.stringify(s);
  const emit = (e) => {
    const inner = kids.get(e.id);
    if (!inner) return `${q(e.id)} [label=${q(e.label)} shape=box];`;
    return `subgraph ${q(`cluster_${e.id}`)} { label=${q(e.label)}; ${inner.map(emit).join(' ')} }`;
  };
  const edges = relationsOf(c).filter((r) => sel.relations.some((s) => s.id === r.id) && !kids.has(r.from) && !kids.has(r.to));
  return `digraph G { compound=true; fontname="DejaVu Sans"; node [fontname="DejaVu Sans"]; ${(kids.get(undefined) ?? []).map(emit).join(' ')} ${edges.map((r) => `${q(r.from)} -> ${q(r.to)};`).join(' ')} }`;
}

function median(fn, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function heapOf(fn) {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = fn();
  const after = process.memoryUsage().heapUsed;
  return { mb: Math.max(0, after - before) / 1048576, size: keep.length };
}

const graphviz = await Graphviz.load();
const cases = [
  ['course overview', presets.course, 300, 20],
  ['10 workers x 3 pods', cluster(10, 3, 1), 200, 10],
  ['100 workers x 10 pods x 2 containers', cluster(100, 10, 2), 15, 3],
];
console.log('case | elements | kubegram median ms | graphviz median ms | ratio | heap MB | SVG KB');
for (const [name, c, runs, warmup] of cases) {
  const elements = selectView(c, 'overview').elements.length;
  const opts = { collapsePods: false };
  const ours = median(() => toSvg(c, opts), { runs, warmup });
  const dot = toDot(c);
  const gvRuns = elements > 1000 ? 3 : runs;
  const theirs = median(() => graphviz.dot(dot, 'svg'), { runs: gvRuns, warmup: Math.min(warmup, 2) });
  const mem = heapOf(() => toSvg(c, opts));
  console.log(`${name} | ${elements} | ${ours.toFixed(3)} | ${theirs.toFixed(3)} | ${(theirs / ours).toFixed(1)}x | ${mem.mb.toFixed(1)} | ${(mem.size / 1024).toFixed(0)}`);
}
