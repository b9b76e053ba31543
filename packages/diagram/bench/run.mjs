// Benchmark of the SVG renderer against Graphviz on equivalent graphs, and of how its time and
// memory grow with the size of the cluster. Run after a build:
//   npx turbo run build --filter=@kubegram/diagram && npm run bench
import { GCProfiler } from 'node:v8';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { presets, relationsOf, selectView } from '@kubegram/model';
import { layoutView, toSvg } from '@kubegram/diagram';
import { cluster } from './_cluster.mjs';
import { floorWriter } from './_floor.mjs';

// The same boxes and edges as the overview, as DOT clusters, for Graphviz to lay out and draw.
function toDot(c) {
  const sel = selectView(c, 'overview');
  const kids = new Map();
  for (const e of sel.elements) {
    const list = kids.get(e.parent);
    if (list) list.push(e);
    else kids.set(e.parent, [e]);
  }
  const shown = new Set(sel.relations.map((r) => r.id));
  const q = (s) => JSON.stringify(s);
  const emit = (e) => {
    const inner = kids.get(e.id);
    if (!inner) return `${q(e.id)} [label=${q(e.label)} shape=box];`;
    return `subgraph ${q(`cluster_${e.id}`)} { label=${q(e.label)}; ${inner.map(emit).join(' ')} }`;
  };
  const edges = relationsOf(c).filter((r) => shown.has(r.id) && !kids.has(r.from) && !kids.has(r.to));
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

// Bytes one render allocates: what the heap grew by, plus what every collection during the render
// freed. Unlike the heap's growth alone, this does not drop when a large render has to collect.
function heapOf(fn) {
  globalThis.gc?.();
  const gcs = new GCProfiler();
  const before = process.memoryUsage().heapUsed;
  gcs.start();
  const keep = fn();
  const after = process.memoryUsage().heapUsed;
  const freed = gcs.stop().statistics.reduce((sum, g) => sum + Math.max(0, g.beforeGC.heapStatistics.usedHeapSize - g.afterGC.heapStatistics.usedHeapSize), 0);
  return { mb: Math.max(0, after - before + freed) / 1048576, size: keep.length };
}

const sizeOf = (c) => {
  const sel = selectView(c, 'overview');
  return { elements: sel.elements.length, edges: sel.relations.length };
};

// `node bench/run.mjs fit` (or `compare`, or `growth`) runs only that section.
const only = process.argv[2];

// Fitting: what laying the course overview out for a frame adds to toSvg. The search measures
// candidate shapes without routing and routes only the one it keeps. Natural and fitted renders
// alternate block by block, each the median of its block medians, so a burst of load on the shared
// machine falls on both alike; beside it, the fastest single call of each, alternating call by call,
// which load can only slow down and so drifts least from run to run; and the median of the ratios
// of calls made one right after the other, which a machine changing speed (as a virtual machine's
// does, by half, from one minute to the next) moves least of the three.
if (only === undefined || only === 'fit') {
  console.log('fit: frame | median ms | natural median ms | added | fastest ms | natural fastest ms | added | added, paired calls | chosen width x height | folded');
  const natural = () => toSvg(presets.course);
  for (const [name, fit, minFontPx] of [['course column 662', { width: 662 }, 12], ['phone 390', { width: 390 }, 12], ['slide 1136x464', { width: 1136, height: 464 }, 16]]) {
    const fitted = () => toSvg(presets.course, { fit, minFontPx });
    const { ours, theirs } = alternate(fitted, natural, { blocks: 15, oursRuns: 40, theirsRuns: 40 });
    const fast = fastest(fitted, natural, 3000);
    const ratio = pairedRatio(fitted, natural, 3000);
    const layout = layoutView(presets.course, { fit, minFontPx });
    const added = (a, b) => `${(((a - b) / b) * 100).toFixed(0)}%`;
    console.log(`fit: ${name} | ${ours.toFixed(3)} | ${theirs.toFixed(3)} | ${added(ours, theirs)} | ${fast.ours.toFixed(4)} | ${fast.theirs.toFixed(4)} | ${added(fast.ours, fast.theirs)} | ${added(ratio, 1)} | ${layout.width} x ${layout.height} | ${layout.folded.join('; ') || 'nothing'}`);
  }
  console.log('');
}
if (only === 'fit') process.exit(0);

const opts = { collapsePods: false };

// Median of block medians, the two tools alternating block by block in this one process, so a
// burst of load on the shared machine falls on both alike. Both first run, alternating, for at least
// 20 calls and a second: the engine optimises a function after some thousand calls, and 20 left
// the first frame's blocks measuring code still being optimised (its median 2.7 times its fastest
// call, against 1.1 after a second of warming up).
function alternate(ours, theirs, { blocks, oursRuns, theirsRuns }) {
  const warm = performance.now();
  for (let i = 0; i < 20 || performance.now() - warm < 1000; i++) ours(), theirs();
  const a = [];
  const b = [];
  for (let i = 0; i < blocks; i++) {
    a.push(median(ours, { runs: oursRuns, warmup: 0 }));
    b.push(median(theirs, { runs: theirsRuns, warmup: 0 }));
  }
  const mid = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ours: mid(a), theirs: mid(b) };
}

// The fastest single call of each of two renders, alternating call by call `runs` times.
function fastest(ours, theirs, runs) {
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    ours();
    a = Math.min(a, performance.now() - t);
    t = performance.now();
    theirs();
    b = Math.min(b, performance.now() - t);
  }
  return { ours: a, theirs: b };
}

// The median ratio of the time of one call of each of two renders made one right after the other,
// `pairs` times, which goes first alternating: each ratio compares calls at one speed of the machine.
function pairedRatio(ours, theirs, pairs) {
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    const first = i % 2 === 0 ? ours : theirs;
    const second = first === ours ? theirs : ours;
    let t = performance.now();
    first();
    const a = performance.now() - t;
    t = performance.now();
    second();
    const b = performance.now() - t;
    ratios.push(first === ours ? a / b : b / a);
  }
  return ratios.sort((x, y) => x - y)[Math.floor(ratios.length / 2)];
}

async function compare() {
  const graphviz = await Graphviz.load();
  const cases = [
    ['course overview', presets.course, { blocks: 21, oursRuns: 60, theirsRuns: 12 }],
    ['10 workers x 3 pods', cluster(10, 3, 1), { blocks: 11, oursRuns: 30, theirsRuns: 6 }],
    ['100 workers x 10 pods x 2 containers', cluster(100, 10, 2), { blocks: 5, oursRuns: 5, theirsRuns: 1 }],
  ];
  console.log('case | elements | edges | kubegram median ms | graphviz median ms | ratio | allocated MB | SVG KB');
  for (const [name, c, plan] of cases) {
    const { elements, edges } = sizeOf(c);
    const dot = toDot(c);
    const { ours, theirs } = alternate(() => toSvg(c, opts), () => graphviz.dot(dot, 'svg'), plan);
    const mem = heapOf(() => toSvg(c, opts));
    console.log(`${name} | ${elements} | ${edges} | ${ours.toFixed(3)} | ${theirs.toFixed(3)} | ${(theirs / ours).toFixed(1)}x | ${mem.mb.toFixed(1)} | ${(mem.size / 1024).toFixed(0)}`);
  }
}

// Runs `fn` until both `runs` times and `ms` milliseconds have passed: the small sizes, a few
// milliseconds each, get hundreds of runs, the largest a few.
function timed(fn, runs, ms) {
  const times = [];
  const start = performance.now();
  while (times.length < runs || performance.now() - start < ms) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

// Growth: the same worker shape (10 pods of 2 containers each) at about 500, 5,000, 20,000 and
// 100,000 elements and edges. Linear growth keeps time and allocation per element level; the last
// line compares the largest size with the smallest. Each size warms up for at least 3 runs and a
// second, so the small sizes are measured optimised as the large ones are, then takes the median of
// at least 5 runs and 3 seconds; the spread (fastest and slowest quarter) says how steady it was.
// The collector's share is its time over those runs, per run and element: it grows where a render
// keeps so much alive at once that collections during it copy what survives, not just free garbage.
// Each size also times the floor writer (bench/_floor.mjs) on the same selection: what the least
// work per element costs at that size, so the renderer's growth can be read against the machine's.
function growth() {
  console.log('\ngrowth: workers | elements + edges | runs | median ms | quartiles ms | us per element | GC us per element (mean of the runs) | allocated KB per element | floor us per element');
  const perElement = [];
  for (const workers of [10, 106, 425, 2128]) {
    const c = cluster(workers, 10, 2);
    const { elements, edges } = sizeOf(c);
    const n = elements + edges;
    const render = () => toSvg(c, opts);
    timed(render, 3, 1000);
    const gcs = new GCProfiler();
    gcs.start();
    const times = timed(render, 5, 3000).sort((a, b) => a - b);
    const gcUs = gcs.stop().statistics.reduce((sum, g) => sum + g.cost, 0) / times.length / n;
    const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    const ms = at(0.5);
    const mem = heapOf(render);
    const floorUs = (floorMs(c) * 1000) / n;
    perElement.push({ us: (ms * 1000) / n, kb: (mem.mb * 1024) / n, floorUs });
    console.log(`growth: ${workers} | ${n} | ${times.length} | ${ms.toFixed(2)} | ${at(0.25).toFixed(2)}-${at(0.75).toFixed(2)} | ${((ms * 1000) / n).toFixed(2)} | ${gcUs.toFixed(2)} | ${((mem.mb * 1024) / n).toFixed(2)} | ${floorUs.toFixed(3)}`);
  }
  const first = perElement[0];
  const last = perElement[perElement.length - 1];
  console.log(`growth: time per element at 200x the size: ${(last.us / first.us).toFixed(2)}x; allocation per element: ${(last.kb / first.kb).toFixed(2)}x (1.00x is linear)`);
  console.log(`growth: the floor's time per element at 200x the size: ${(last.floorUs / first.floorUs).toFixed(2)}x`);
}

// The floor writer's median time on the cluster's overview, measured as the render is (bench/_floor.mjs).
function floorMs(c) {
  const selection = selectView(c, 'overview');
  const write = () => floorWriter(selection);
  timed(write, 3, 500);
  const times = timed(write, 5, 1500).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

if (only === undefined || only === 'compare') await compare();
if (only === undefined || only === 'growth') growth();
