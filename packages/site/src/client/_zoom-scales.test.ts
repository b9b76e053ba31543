import { describe, expect, it } from 'vitest';
import { zoomScales } from './_zoom-scales.ts';

describe('zoomScales', () => {
  it('opens a wide picture at the zoom that makes its smallest label 14 px, not at fit-to-window', () => {
    // The course overview: 1290 units wide with 11-unit labels, in a 1280x820 window.
    const z = zoomScales({ picture: { w: 1290, h: 760 }, viewport: { w: 1280, h: 820 }, smallestLabel: 11, minLabelPx: 14 });
    expect(z.initial * 11).toBeCloseTo(14);
    expect(z.min).toBeCloseTo(1280 / 1290);
    expect(z.max).toBeCloseTo(z.initial * 8);
  });

  it('opens a small picture fitted to the window when that already makes the labels larger than asked', () => {
    const z = zoomScales({ picture: { w: 400, h: 200 }, viewport: { w: 1200, h: 800 }, smallestLabel: 12, minLabelPx: 14 });
    expect(z.initial).toBe(3);
    expect(z.min).toBe(3);
  });

  it('fits by the tighter side', () => {
    const z = zoomScales({ picture: { w: 100, h: 1000 }, viewport: { w: 1000, h: 500 }, smallestLabel: 100, minLabelPx: 14 });
    expect(z.min).toBe(0.5);
    expect(z.initial).toBe(0.5);
  });
});
