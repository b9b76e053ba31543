import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../test/_svg-geometry.js';
import { toSvg } from '../svg/to-svg.js';
import { labelPx } from './_fit.js';
import { layoutView } from './layout-view.js';

const workerRows = (l: ReturnType<typeof layoutView>) => new Set(l.boxes.filter((b) => b.kind === 'worker-node').map((b) => b.y)).size;

describe('layoutView with a frame', () => {
  it('layoutView(course, { fit: { width: 662 } }) keeps every label at 12 px or more in a 662 px column', () => {
    const natural = layoutView(presets.course);
    const fitted = layoutView(presets.course, { fit: { width: 662 }, minFontPx: 12 });
    expect(labelPx(natural, { width: 662 })).toBeLessThan(12);
    expect(labelPx(fitted, { width: 662 })).toBeGreaterThanOrEqual(12);
  });
  it('layoutView keeps every box of a structure view on whole pixels, its labels wrapped to two lines or not', () => {
    let wrapped = 0;
    for (const cluster of Object.values(presets)) {
      for (const view of ['overview', 'control-plane', 'worker', 'workloads'] as const) {
        for (const options of [{}, { icons: false }, { fit: { width: 662 }, minFontPx: 12 }, { fit: { width: 390 } }, { fit: { width: 1136, height: 464 }, minFontPx: 16 }]) {
          const layout = layoutView(cluster, { ...options, view });
          for (const b of layout.boxes) {
            for (const v of [b.x, b.y, b.w, b.h]) expect(Number.isInteger(v), `${cluster.id} ${view} ${JSON.stringify(options)} ${b.id}: ${v}`).toBe(true);
            if (b.container && b.label.lines.length > 1) wrapped++;
          }
        }
      }
    }
    // Boxes whose titles wrap are what moved the boxes under them off whole pixels.
    expect(wrapped).toBeGreaterThan(20);
  });
  it('layoutView puts the worker nodes in more rows for a narrow frame than for a wide one', () => {
    const wide = layoutView(presets.haCloud, { fit: { width: 4000 }, minFontPx: 12 });
    const narrow = layoutView(presets.haCloud, { fit: { width: 900 }, minFontPx: 12 });
    expect(wide.folded).toEqual([]);
    expect(workerRows(narrow)).toBeGreaterThan(workerRows(wide));
  });
  it('layoutView folds detail in the stated order: containers, then node components, then pods', () => {
    const widths = [4000, 1000, 662, 500, 400, 300, 200];
    const seen = widths.map((width) => layoutView(presets.course, { fit: { width }, minFontPx: 12 }).folded.map((f) => f.replace(/^\d+ /, '')));
    const order = ['containers folded into their pods', 'node components folded into their nodes', 'pods folded into "+N pods" boxes'];
    for (const f of seen) expect(f).toEqual(order.slice(0, f.length));
    // Narrower frames never fold less.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.length).toBeGreaterThanOrEqual(seen[i - 1]!.length);
    expect(seen.at(-1)!.length).toBeGreaterThan(0);
  });
  it('layoutView fits the sequence view by packing its lifelines and wrapping its messages', () => {
    const natural = layoutView(presets.course, { view: 'request-flow' });
    const fitted = layoutView(presets.course, { view: 'request-flow', fit: { width: 662 }, minFontPx: 11 });
    expect(fitted.width).toBeLessThan(natural.width);
    expect(labelPx(fitted, { width: 662 })).toBeGreaterThanOrEqual(11);
  });
  it('layoutView fits the loop view by listing its steps narrower and bringing its slots closer', () => {
    const natural = layoutView(presets.course, { view: 'reconcile' });
    const fitted = layoutView(presets.course, { view: 'reconcile', fit: { width: 662 }, minFontPx: 12 });
    expect(fitted.width).toBeLessThan(natural.width);
    expect(labelPx(fitted, { width: 662 })).toBeGreaterThan(labelPx(natural, { width: 662 }) + 2);
  });
  it('layoutView pads a frame with a height to its shape', () => {
    const l = layoutView(presets.course, { fit: { width: 1136, height: 480 }, minFontPx: 16 });
    expect(l.viewBox.w / l.viewBox.h).toBeCloseTo(1136 / 480, 2);
  });
  it('layoutView names a bad frame and shows a good one', () => {
    expect(() => layoutView(presets.course, { fit: { width: -5 } })).toThrow(/options.fit .*for example \{ width: 662 \}/);
    expect(() => layoutView(presets.course, { fit: { width: 600, height: 300, ratio: 2 } })).toThrow(/at most one of a height or a width-to-height ratio/);
    expect(() => layoutView(presets.course, { fit: { width: 600 }, minFontPx: 0 })).toThrow(/options.minFontPx is 0/);
  });
});

describe('toSvg with a frame', () => {
  for (const fit of [{ width: 662 }, { width: 390 }, { width: 1136, height: 480 }]) {
    for (const view of ['overview', 'control-plane', 'worker'] as const) {
      it(`toSvg(course, { view: '${view}', fit: ${JSON.stringify(fit)} }) keeps every hard property and is deterministic`, () => {
        const svg = toSvg(presets.course, { view, fit, minFontPx: 12 });
        expect(problemsOf(svg)).toEqual([]);
        expect(toSvg(presets.course, { view, fit, minFontPx: 12 })).toBe(svg);
      });
    }
  }
  it('toSvg says in a <desc> line what it folded to fit', () => {
    const svg = toSvg(presets.course, { fit: { width: 320 }, minFontPx: 12 });
    expect(svg).toMatch(/<desc>[^<]*\nFolded to fit the frame: \d+ containers folded into their pods[^<]*\.<\/desc>/);
    expect(toSvg(presets.course)).not.toContain('Folded to fit');
  });
});

describe('toSvg highlights in a folded picture', () => {
  it('toSvg lights the box a highlighted element was folded into', () => {
    const svg = toSvg(presets.course, { fit: { width: 1136, height: 420 }, minFontPx: 16, highlight: ['worker-1-kubelet'] });
    expect(svg).not.toContain('data-id="worker-1-kubelet"');
    expect(svg).toMatch(/<g data-id="worker-1" data-kind="worker-node"><rect [^>]*stroke-width="3"/);
  });
});
