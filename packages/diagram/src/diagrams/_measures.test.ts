import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { layoutView } from '../layout/layout-view.js';
import { toSvg } from '../svg/to-svg.js';
import { measuresFor } from './_measures.js';

describe('measuresFor', () => {
  it('a picture is the same byte for byte whatever pictures were measured before it', () => {
    // This file's module is fresh: the first render measures every label anew.
    const cold = toSvg(presets.course);
    const coldPhone = toSvg(presets.course, { fit: { width: 390 }, minFontPx: 12 });
    // Other wraps, details and labels now fill the memo, among them the same labels wrapped elsewhere.
    for (const width of [1136, 662, 500, 300]) toSvg(presets.course, { fit: { width }, minFontPx: 12 });
    for (const preset of Object.values(presets)) toSvg(preset, { fit: { width: 662 }, minFontPx: 12 });
    expect(toSvg(presets.course)).toBe(cold);
    expect(toSvg(presets.course, { fit: { width: 390 }, minFontPx: 12 })).toBe(coldPhone);
  });

  it('hands out lines no caller can change under a later picture', () => {
    const layout = layoutView(presets.course);
    const lines = layout.boxes[0]!.label.lines as string[];
    expect(() => lines.push('changed')).toThrow(TypeError);
    expect(layoutView(presets.course).boxes[0]!.label.lines).toEqual(layout.boxes[0]!.label.lines);
  });

  it('keeps one memo for small pictures and gives a large one a cache of its own', () => {
    expect(measuresFor(30)).toBe(measuresFor(1_500));
    const large = measuresFor(50_000);
    expect(large).not.toBe(measuresFor(30));
    expect(large.size).toBe(0);
  });
});
