import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { labelPx } from '../../layout/_fit.js';
import { layoutView } from '../../layout/layout-view.js';
import { loopCandidates } from './_candidates.js';

describe('loopCandidates', () => {
  it('loopCandidates tries the steps beside the ring before under it for a wide frame, and the other way round for a narrow one', () => {
    const firstCompact = (aspect: number) => loopCandidates(aspect).find((c) => c.shape.workloadsBelow)!.shape;
    expect(firstCompact(2.3).stepsBeside).toBe(true);
    expect(firstCompact(1.6).stepsBeside).toBeUndefined();
    expect(loopCandidates(1.6)[0]!.shape).toEqual({});
  });
  it('the reconcile view keeps 12 px labels in a 662 px column and 16 px labels in a 1136x492 slide box', () => {
    for (const cluster of [presets.course, presets.local, presets.haCloud]) {
      const column = layoutView(cluster, { view: 'reconcile', fit: { width: 662 }, minFontPx: 12 });
      expect(labelPx(column, { width: 662 })).toBeGreaterThanOrEqual(12);
      const slide = layoutView(cluster, { view: 'reconcile', fit: { width: 1136, height: 492 }, minFontPx: 16 });
      expect(labelPx(slide, { width: 1136, height: 492 })).toBeGreaterThanOrEqual(16);
    }
  });
});
