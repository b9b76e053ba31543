import { presets, selectView } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { columnCentres, layoutSequence } from './_layout.js';

describe('columnCentres', () => {
  it('columnCentres puts columns a gap apart, centred on their boxes, after the margin', () => {
    expect(columnCentres([100, 100, 60], [])).toEqual([74, 210, 326]);
  });
  it('columnCentres widens the columns a message spans until its label fits, sharing the extra', () => {
    const [a, b, c] = columnCentres([100, 100, 100], [{ from: 2, to: 0, width: 400 }]);
    expect(c! - a!).toBe(424);
    expect(b! - a!).toBe(c! - b!);
  });
});

describe('layoutSequence', () => {
  it('layoutSequence draws every message below the last, each between its two lifelines', () => {
    const layout = layoutSequence(selectView(presets.course, 'request-flow'));
    const x = new Map(layout.lifelines.map((l) => [l.id, l.x]));
    let y = 0;
    for (const s of layout.steps) {
      expect(s.points[0]!.y).toBeGreaterThan(y);
      y = s.points[0]!.y;
      expect(s.points.map((p) => p.x)).toEqual([x.get(s.from), x.get(s.to)]);
    }
    expect(layout.steps).toHaveLength(14);
  });
});
