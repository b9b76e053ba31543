import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { toSvg, type SvgOptions } from './to-svg.js';

// The markup a theme keeps per kind of box is built from whichever picture meets the kind first.
const OPTION_SETS: SvgOptions[] = [{}, { icons: false }, { highlight: ['worker-1'] }, { fit: { width: 390 } }, { fit: { width: 1136, height: 464 }, minFontPx: 16 }, { view: 'workloads' }];

describe('the markup kept per kind of box', () => {
  it('toSvg writes the same bytes whatever the same theme drew before', () => {
    for (const cluster of [presets.course, presets.haCloud]) {
      for (const theme of ['light', 'auto'] as const) {
        const forward = OPTION_SETS.map((o) => toSvg(cluster, { ...o, theme }));
        const backward = OPTION_SETS.toReversed().map((o) => toSvg(cluster, { ...o, theme }));
        expect(backward.toReversed()).toEqual(forward);
      }
    }
  });

  it('toSvg draws a badge symbol in every picture that places one, not only the first', () => {
    const first = toSvg(presets.course);
    const second = toSvg(presets.course);
    expect(second).toBe(first);
    for (const use of second.matchAll(/<use href="#([^"]+)"/g)) expect(second).toContain(`<symbol id="${use[1]}"`);
  });
});
