import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { layoutView } from '../layout/layout-view.js';
import { focusViewBox } from './_focus.js';
import { toSvg } from './to-svg.js';

describe('focusViewBox', () => {
  const layout = layoutView(presets.course, { view: 'worker' });
  it('focusViewBox shows the box with its context, half the picture each way, in the picture\'s shape and inside it', () => {
    const box = layout.boxes.find((b) => b.id === 'worker-1-kubelet')!;
    const vb = layout.viewBox;
    const f = focusViewBox(layout, box.id);
    expect(f.w / f.h).toBeCloseTo(vb.w / vb.h, 2);
    expect(f.w).toBeCloseTo(vb.w / 2, 1);
    expect(f.x).toBeLessThanOrEqual(box.x);
    expect(f.x + f.w).toBeGreaterThanOrEqual(box.x + box.w);
    expect(f.y).toBeLessThanOrEqual(box.y);
    expect(f.y + f.h).toBeGreaterThanOrEqual(box.y + box.h);
    expect(f.x).toBeGreaterThanOrEqual(vb.x);
    expect(f.y + f.h).toBeLessThanOrEqual(vb.y + vb.h + 0.01);
  });
  it('focusViewBox keeps the whole picture for a box it does not draw, or one as large as the picture', () => {
    expect(focusViewBox(layout, 'no-such-box')).toEqual(layout.viewBox);
    const cluster = layout.boxes.find((b) => b.kind === 'cluster');
    if (cluster) expect(focusViewBox(layout, cluster.id)).toEqual(layout.viewBox);
  });
});

describe('toSvg focus', () => {
  it('toSvg with focus moves only the view box: every element is drawn where it was', () => {
    const opts = { view: 'worker' as const, highlight: ['worker-1-kubelet'] };
    const whole = toSvg(presets.course, opts);
    const focused = toSvg(presets.course, { ...opts, focus: 'worker-1-kubelet' });
    const vb = (svg: string) => /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
    expect(vb(focused)[2]!).toBeLessThan(vb(whole)[2]!);
    const body = (svg: string) => svg.slice(svg.indexOf('<g '));
    expect(body(focused)).toBe(body(whole));
  });
});
