import type { CyclePhase, LayoutBox, LayoutCycle, Point } from '../../layout/types.js';
import { measure, place } from '../../layout/_text.js';
import type { PlayableStep } from '../sequence/_participants.js';

/** The controller's ring: how far it runs outside the controller's box, and the room it needs beside it (its phase labels sit on it). */
export const RING = { inset: 26, room: 96 };

const PHASES = ['observe', 'compare', 'act'] as const;

/**
 * The controller's loop as a ring around its box, read clockwise: observe across the top, compare
 * down the right, act along the bottom and back up the left to observe again.
 */
export function ring(cm: LayoutBox, steps: readonly PlayableStep[], size?: number): LayoutCycle {
  const d = RING.inset;
  const l = cm.x - d;
  const r = cm.x + cm.w + d;
  const t = cm.y - d;
  const b = cm.y + cm.h + d;
  const cx = cm.x + cm.w / 2;
  const cy = cm.y + cm.h / 2;
  const gap = 10;
  const paths: Record<(typeof PHASES)[number], Point[]> = {
    observe: [{ x: l, y: cy - gap }, { x: l, y: t }, { x: r, y: t }, { x: r, y: cy - gap }],
    compare: [{ x: r, y: cy + gap }, { x: r, y: b }, { x: cx + gap, y: b }],
    act: [{ x: cx - gap, y: b }, { x: l, y: b }, { x: l, y: cy + gap }],
  };
  // Labels sit on the ring where nothing else runs: the top, and either half of the bottom.
  const at: Record<(typeof PHASES)[number], Point> = {
    observe: { x: cx, y: t },
    // Right of the compare arrow's head, which ends near the middle of the bottom.
    compare: { x: (cx + gap + 9 + r) / 2, y: b },
    act: { x: (l + cx) / 2, y: b },
  };
  const phases: CyclePhase[] = PHASES.map((name) => {
    const nums = steps.filter((s) => s.message.toLowerCase().startsWith(`${name}:`)).map((s) => s.index);
    const m = measure(nums.length > 0 ? `${nums.join(', ')}. ${name}` : name, 'note', undefined, size);
    return { name, steps: nums, points: paths[name], text: place(m, at[name].x, at[name].y - m.height / 2, 'middle') };
  });
  return { around: cm.id, phases };
}
