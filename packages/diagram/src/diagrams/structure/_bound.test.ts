import { presets, selectView } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { smallestFont } from '../../layout/_fit.js';
import { structureBound } from './_bound.js';
import { structureCandidates } from './_candidates.js';
import { layoutStructure } from './_layout.js';

describe('structureBound', () => {
  it('structureBound is never larger than the picture, nor its font than the smallest label, for any candidate shape', () => {
    let tight = 0;
    for (const cluster of [presets.course, presets.local, presets.haCloud]) {
      for (const view of ['overview', 'control-plane', 'worker'] as const) {
        const sel = selectView(cluster, view);
        for (const c of structureCandidates(2)) {
          const opts = { icons: true, aspect: c.aspect, collapsePods: 12 as const, shape: c.shape };
          const bound = structureBound(sel, opts);
          const layout = layoutStructure(sel, { ...opts, measureOnly: true });
          expect(bound.width).toBeLessThanOrEqual(layout.width);
          expect(bound.height).toBeLessThanOrEqual(layout.height);
          expect(bound.font).toBe(smallestFont(layout));
          if (bound.height === layout.height) tight++;
        }
      }
    }
    // A bound that is never reached would skip nothing.
    expect(tight).toBeGreaterThan(10);
  });
});

describe('layoutStructure with shared measures', () => {
  it('layoutStructure gives the same layout with labels measured for other shapes as with its own', () => {
    const sel = selectView(presets.course, 'overview');
    const measures = new Map();
    for (const c of structureCandidates(1.6)) {
      const opts = { icons: true, aspect: c.aspect, collapsePods: 12 as const, shape: c.shape };
      expect(layoutStructure(sel, { ...opts, measures })).toEqual(layoutStructure(sel, opts));
    }
  });
});

describe('layoutStructure sharing one fit\'s trees', () => {
  it('layoutStructure placed on a tree other shapes sized, re-wrapped and bounded, then routed later, equals it laid out alone', () => {
    for (const cluster of [presets.course, presets.haCloud]) {
      const sel = selectView(cluster, 'overview');
      const shared = { measures: new Map(), built: new Map<string, unknown>() };
      for (const c of structureCandidates(1.6)) {
        const opts = { icons: true, aspect: c.aspect, collapsePods: 12 as const, shape: c.shape };
        const { routeLater, ...placed } = layoutStructure(sel, { ...opts, ...shared, measureOnly: true });
        // The next shape's bound re-sizes the shared tree before this one is routed.
        structureBound(sel, { ...opts, ...shared, shape: { ...c.shape, wrap: 90, foldRows: true } });
        expect({ ...placed, edges: routeLater!() }).toEqual(layoutStructure(sel, opts));
      }
    }
  });
});
