import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { toSvg } from '../svg/to-svg.js';
import { focusViewBox } from './focus-view-box.js';
import { layoutView } from './layout-view.js';

describe('focusViewBox', () => {
  const layout = layoutView(presets.course, { view: 'worker' });
  it('focusViewBox shows the box, its parent and the other ends of its edges, padded, in the picture\'s shape and inside it', () => {
    const box = layout.boxes.find((b) => b.id === 'worker-1-kubelet')!;
    const vb = layout.viewBox;
    const f = focusViewBox(layout, box.id);
    expect(f.w / f.h).toBeCloseTo(vb.w / vb.h, 2);
    const ends = layout.edges.filter((e) => e.from === box.id || e.to === box.id).map((e) => layout.boxes.find((b) => b.id === (e.from === box.id ? e.to : e.from))!);
    expect(ends.length).toBeGreaterThan(0);
    for (const b of [box, ...ends.filter((b) => b.w * b.h < (vb.w * vb.h) / 4)]) {
      expect(f.x).toBeLessThanOrEqual(b.x);
      expect(f.x + f.w).toBeGreaterThanOrEqual(b.x + b.w);
      expect(f.y).toBeLessThanOrEqual(b.y);
      expect(f.y + f.h).toBeGreaterThanOrEqual(b.y + b.h);
    }
    expect(f.x).toBeGreaterThanOrEqual(vb.x);
    expect(f.y + f.h).toBeLessThanOrEqual(vb.y + vb.h + 0.01);
    // A real close-up: at least 1.5 times larger, never more than about 3 times.
    expect(vb.w / f.w).toBeGreaterThanOrEqual(1.5);
    expect(vb.w / f.w).toBeLessThanOrEqual(1 / 0.3 + 0.01);
  });
  it('focusViewBox keeps the whole picture for a box it does not draw, and all of a box as large as the picture', () => {
    expect(focusViewBox(layout, 'no-such-box')).toEqual(layout.viewBox);
    const cluster = layout.boxes.find((b) => b.kind === 'cluster')!;
    const f = focusViewBox(layout, cluster.id);
    expect(f.x).toBeLessThanOrEqual(cluster.x);
    expect(f.y).toBeLessThanOrEqual(cluster.y);
    expect(f.x + f.w).toBeGreaterThanOrEqual(cluster.x + cluster.w);
    expect(f.y + f.h).toBeGreaterThanOrEqual(cluster.y + cluster.h);
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
