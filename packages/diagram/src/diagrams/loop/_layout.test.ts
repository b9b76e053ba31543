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
