// Runs in Chromium: times each stage of one redraw on a model whose label changes every round,
// as when a reader types into it, and leaves the medians in the page for the driver to read.
import '../src/client/_no-eval.ts';
import { layoutView, toSvg } from '@kubegram/diagram';
import { parseCluster } from '@kubegram/model';
import { parseClusterText, yamlToValue } from '@kubegram/model/yaml';
import { LineCounter, parseDocument } from 'yaml';
import { prepareSvg } from '@kubegram/site/client';
import { textPatch } from '../src/client/_text-patch.ts';
import { createModelLoader } from '../src/client/create-model-loader.ts';
import { createSvgPreparer } from '../src/client/create-svg-preparer.ts';
import { svgOptions } from '../src/client/render-model.ts';
import { showSvg } from '../src/client/show-svg.ts';
import { DEFAULT_SETTINGS } from '../src/client/types.ts';
import { bigText, courseText } from './_models.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function stages(text: string, rounds: number): Record<string, number> {
  const times: Record<string, number[]> = { parse: [], validate: [], 'parse+validate (parseClusterText)': [], "parse, the keystroke's change only": [], 'validate, after it': [], layout: [], render: [], 'prepare (prepareSvg)': [], "prepare, the keystroke's change only": [], 'DOM update, whole markup': [], 'DOM update, changed parts': [], 'markup as a change (worker to page)': [], total: [], 'total, the keystroke\'s change parsed': [] };
  const load = createModelLoader('model.yaml');
  const prepare = createSvgPreparer();
  // Two pictures side by side: one updated by parsing the whole markup and walking it (as when
  // nothing was shown before), one by comparing with the markup shown before.
  const [whole, parts] = [document.createElement('div'), document.createElement('div')];
  for (const host of [whole, parts]) {
    host.style.width = '800px';
    document.body.append(host);
  }
  let previous: string | undefined;
  for (let i = 0; i < rounds; i++) {
    const typed = text.replace(/^label: (.*)$/m, (_m, label: string) => `label: ${label}${'x'.repeat(i % 7)}`);
    const t0 = performance.now();
    const lines = new LineCounter();
    const doc = parseDocument(typed, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const value = yamlToValue(doc, lines);
    const t1 = performance.now();
    const checked = parseCluster(value.ok ? value.value : null);
    const t2 = performance.now();
    const loaded = parseClusterText(typed, 'model.yaml');
    const t3 = performance.now();
    const patched = load(typed);
    if (i > 0 && !patched.patched) throw new Error('the bench model was parsed afresh after a keystroke');
    if (!checked.ok || !loaded.ok) throw new Error(`the bench model does not load: ${JSON.stringify(checked.ok ? '' : checked.errors[0])}`);
    const options = svgOptions(loaded.cluster, DEFAULT_SETTINGS, false);
    layoutView(loaded.cluster, options);
    const t4 = performance.now();
    const svg = toSvg(loaded.cluster, options);
    const t5 = performance.now();
    const markup = prepareSvg(svg, { idPrefix: 'pg', title: 'bench' });
    const t6 = performance.now();
    const prepared = prepare(svg, { idPrefix: 'pg', title: 'bench' });
    const t6b = performance.now();
    // Compared outside the times: the comparison makes both texts flat, which neither stage timed did.
    if (prepared !== markup) throw new Error('the preparer readied the bench picture unlike prepareSvg');
    const t6c = performance.now();
    showSvg(whole, markup);
    whole.getBoundingClientRect();
    const t7 = performance.now();
    showSvg(parts, markup, previous);
    parts.getBoundingClientRect();
    const t8 = performance.now();
    textPatch(previous ?? '', markup);
    const t9 = performance.now();
    previous = markup;
    times["parse, the keystroke's change only"]!.push(patched.times.parse);
    times['validate, after it']!.push(patched.times.validate);
    times['markup as a change (worker to page)']!.push(t9 - t8);
    times["prepare, the keystroke's change only"]!.push(t6b - t6);
    times["total, the keystroke's change parsed"]!.push(patched.times.parse + patched.times.validate + (t5 - t4) + (t6b - t6) + (t8 - t7));
    times.parse!.push(t1 - t0);
    times.validate!.push(t2 - t1);
    times['parse+validate (parseClusterText)']!.push(t3 - t2);
    times.layout!.push(t4 - t3);
    // toSvg lays out again before it renders; its render share is what is left.
    times.render!.push(t5 - t4 - (t4 - t3));
    times['prepare (prepareSvg)']!.push(t6 - t5);
    times['DOM update, whole markup']!.push(t7 - t6c);
    times['DOM update, changed parts']!.push(t8 - t7);
    times.total!.push(t3 - t2 + (t6 - t4) + (t8 - t7));
  }
  whole.remove();
  parts.remove();
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v.slice(Math.min(10, rounds / 4)))]));
}

const out = { course: stages(courseText, 200), big: stages(bigText(100), 40) };
document.body.dataset.result = JSON.stringify(out);
