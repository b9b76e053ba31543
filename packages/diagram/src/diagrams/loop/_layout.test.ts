import { presets, selectView } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { layoutLoop, longestMiddle } from './_layout.js';

describe('longestMiddle', () => {
  it('longestMiddle gives the middle of the longest stretch, the first among equals', () => {
    expect(longestMiddle([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 50 }, { x: 20, y: 50 }])).toEqual({ x: 10, y: 25 });
    expect(longestMiddle([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 0 }])).toEqual({ x: 5, y: 0 });
  });
});

describe('layoutLoop', () => {
  it('layoutLoop rings the controller manager with observe, compare and act, and numbers one arrow per pair', () => {
    const layout = layoutLoop(selectView(presets.course, 'reconcile'));
    const cm = layout.boxes.find((b) => b.kind === 'controller-manager')!;
    expect(layout.cycles).toHaveLength(1);
    expect(layout.cycles[0]!.around).toBe(cm.id);
    expect(layout.cycles[0]!.phases.map((p) => [p.name, p.steps])).toEqual([
      ['observe', [1]],
      ['compare', [3]],
      ['act', [4]],
    ]);
    expect(layout.steps.find((s) => s.from === cm.id)!.text.lines).toEqual(['1, 4']);
  });
});

describe('layoutLoop shapes', () => {
  const sel = selectView(presets.course, 'reconcile');
  const base = { icons: true, aspect: 1.6, collapsePods: 12 as const };
  it('layoutLoop with workloadsBelow puts the workloads in a row under the ring, not beside it', () => {
    const layout = layoutLoop(sel, { ...base, shape: { workloadsBelow: true } });
    const workloads = layout.boxes.filter((b) => b.kind === 'workload');
    const ringBottom = Math.max(...layout.boxes.filter((b) => b.kind !== 'workload').map((b) => b.y + b.h));
    expect(workloads).toHaveLength(3);
    expect(new Set(workloads.map((b) => b.y)).size).toBe(1);
    for (const w of workloads) expect(w.y).toBeGreaterThan(ringBottom);
  });
  it('layoutLoop with stepsBeside lists the steps right of every box, from the top of the ring', () => {
    const layout = layoutLoop(sel, { ...base, shape: { workloadsBelow: true, stepsBeside: true } });
    const right = Math.max(...layout.boxes.map((b) => b.x + b.w));
    const list = layout.notes.slice(1);
    expect(list).toHaveLength(6);
    for (const n of list) expect(n.x).toBeGreaterThan(right);
    expect(layout.height).toBeLessThan(layoutLoop(sel, { ...base, shape: { workloadsBelow: true } }).height);
  });
  it('layoutLoop with stepSize sets the step list, the arrow numbers and the phases at that size', () => {
    const layout = layoutLoop(sel, { ...base, shape: { stepSize: 12 } });
    const sizes = [...layout.notes.slice(1), ...layout.steps.map((s) => s.text), ...layout.cycles[0]!.phases.map((p) => p.text)].map((t) => t.size);
    expect(new Set(sizes)).toEqual(new Set([12]));
  });
});
