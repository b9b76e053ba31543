import { presets, selectView } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { labelPx } from '../../layout/_fit.js';
import { layoutView } from '../../layout/layout-view.js';
import { toSvg } from '../../svg/to-svg.js';
import { boxesOf, parseSvg } from '../../../test/_svg-geometry.js';
import { structureLoosest } from './_bound.js';
import { structureCandidates } from './_candidates.js';
import { layoutStructure } from './_layout.js';

describe('structureCandidates', () => {
  it('structureCandidates ends with the cluster drawn tight, from full detail down, then the nodes of one role drawn as one', () => {
    expect(structureCandidates(2).slice(-7, -3).map((c) => [c.aspect, c.shape])).toEqual([
      [4, { tight: true }],
      [4, { detail: 1, tight: true }],
      [4, { detail: 2, tight: true }],
      [4, { detail: 3, tight: true }],
    ]);
  });
  it('structureCandidates and their loosest stand-ins name every knob in one order', () => {
    const keys = (s: object) => Object.keys(s).join();
    const first = keys(structureCandidates(1.6)[0]!.shape);
    expect(first).toBe('detail,wrap,foldRows,outsideBelow,tight,podsStacked,controlPlaneOnly,anyPodGrid');
    for (const c of structureCandidates(0.7)) {
      expect(keys(c.shape)).toBe(first);
      if (c.rough) expect(keys(c.rough.shape)).toBe(first);
    }
    const { narrowest, lowest } = structureLoosest(structureCandidates(0.7).slice(4, 8).map((c) => c.shape));
    expect([keys(narrowest), keys(lowest)]).toEqual([first, first]);
  });
  it('the HA cluster\'s overview keeps 16 px labels in the slide box by drawing the nodes of one role as one', () => {
    const frame = { width: 1136, height: 464 };
    const layout = layoutView(presets.haCloud, { view: 'overview', fit: frame, minFontPx: 16 });
    expect(labelPx(layout, frame)).toBeGreaterThanOrEqual(16);
    expect(layout.boxes.filter((b) => b.kind === 'worker-node').map((b) => b.label.lines.join(' '))).toEqual(['worker ×4 · 3 components']);
    expect(layout.folded.at(-1)).toBe('5 nodes drawn with the first node of their role');
  });
  it('a highlight or close-up of a node drawn as its role finds the box that stands for it, not the cluster', () => {
    const frame = { width: 1136, height: 464 };
    const layout = layoutView(presets.haCloud, { view: 'overview', fit: frame, minFontPx: 16 });
    const head = layout.boxes.find((b) => b.kind === 'worker-node')!.id;
    expect(layout.drawnAs?.['worker-3']).toBe(head);
    const svg = toSvg(presets.haCloud, { view: 'overview', fit: frame, minFontPx: 16, highlight: ['worker-3'] });
    const lit = boxesOf(parseSvg(svg)).filter((b) => b.el.querySelector('rect')?.getAttribute('stroke-width') === '3');
    expect(lit.map((b) => b.el.getAttribute('data-id'))).toEqual([head]);
    expect(layoutView(presets.haCloud, { view: 'overview' }).drawnAs).toBeUndefined();
  });
  it('a phone frame keeps the course overview at full detail, each node\'s pods in one column', () => {
    const frame = { width: 390 };
    const layout = layoutView(presets.course, { view: 'overview', fit: frame, minFontPx: 12 });
    expect(labelPx(layout, frame)).toBeGreaterThanOrEqual(12);
    expect(layout.folded).toEqual([]);
    expect(layout.boxes.filter((b) => b.kind === 'container')).toHaveLength(5);
    const pods = layout.boxes.filter((b) => b.kind === 'pod');
    for (const node of ['worker-1', 'worker-2']) expect(new Set(pods.filter((p) => p.parent === node).map((p) => p.x)).size).toBe(1);
    // The column, wide enough for two, keeps them side by side.
    const column = layoutView(presets.course, { view: 'overview', fit: { width: 662 }, minFontPx: 12 });
    expect(new Set(column.boxes.filter((b) => b.kind === 'pod' && b.parent === 'worker-1').map((p) => p.x)).size).toBe(2);
  });
  it('the course overview keeps 16 px labels in the slide box under a two-line caption (1136x464)', () => {
    const frame = { width: 1136, height: 464 };
    const layout = layoutView(presets.course, { view: 'overview', fit: frame, minFontPx: 16 });
    expect(labelPx(layout, frame)).toBeGreaterThanOrEqual(16);
    expect(layout.folded.at(-1)).toMatch(/pods folded into "\+N pods" boxes/);
  });
});

describe('layoutStructure tight', () => {
  it('layoutStructure with tight puts kubectl right of the cluster and narrows the corridor', () => {
    const sel = selectView(presets.course, 'overview');
    const base = { icons: true, aspect: 4, collapsePods: 12 as const };
    const loose = layoutStructure(sel, { ...base, shape: { detail: 3 } });
    const tight = layoutStructure(sel, { ...base, shape: { detail: 3, tight: true } });
    const at = (l: typeof tight, kind: string) => l.boxes.find((b) => b.kind === kind)!;
    expect(at(tight, 'kubectl').x).toBeGreaterThan(at(tight, 'cluster').x + at(tight, 'cluster').w);
    expect(at(loose, 'kubectl').x).toBeLessThan(at(loose, 'cluster').x);
    expect(tight.height).toBeLessThan(loose.height);
    expect(tight.width).toBeLessThan(loose.width);
  });
});
