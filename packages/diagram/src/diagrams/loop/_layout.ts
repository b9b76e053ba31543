import type { ClusterElement, ViewSelection, Workload } from '@kubegram/model';
import { moveBox, participantBox, playableSteps } from '../sequence/_participants.js';
import { indexBoxes, routeEdges } from '../../layout/_route.js';
import { measureText } from '../../fonts/index.js';
import { measure, place, TEXT } from '../../layout/_text.js';
import type { CyclePhase, Layout, LayoutBox, LayoutCycle, LayoutStep, Point, TextBlock } from '../../layout/types.js';

const MARGIN = 24;
const GAP = 64;
// The controller's ring: how far it runs outside the controller's box, and the room it needs
// beside it (its phase labels sit on it).
const RING = { inset: 26, room: 96 };

// Where each participant sits around the API server, which every step of the loop goes through.
const SLOTS: Readonly<Record<string, readonly [number, number]>> = {
  scheduler: [1, 0],
  'controller-manager': [0, 1],
  apiserver: [1, 1],
  etcd: [2, 1],
  kubelet: [1, 2],
};

const longest = (pts: readonly Point[]) => {
  let best = 0;
  let len = -1;
  for (let i = 1; i < pts.length; i++) {
    const d = Math.abs(pts[i]!.x - pts[i - 1]!.x) + Math.abs(pts[i]!.y - pts[i - 1]!.y);
    if (d > len) {
      len = d;
      best = i;
    }
  }
  const a = pts[best - 1] ?? pts[0]!;
  const b = pts[best] ?? pts[0]!;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
};

/** Lays out the reconcile loop: the participants around the API server, numbered arrows, the steps listed below. */
export function layoutLoop(sel: ViewSelection): Omit<Layout, 'view' | 'title' | 'description' | 'viewBox'> {
  const heading = measure(sel.view.title, 'heading');
  const top = MARGIN + heading.height + 24;
  const roles = Object.entries(sel.participants).filter((e): e is [string, ClusterElement] => e[1] !== undefined && SLOTS[e[0]] !== undefined);
  const parts = roles.map(([role, el]) => ({ slot: SLOTS[role]!, box: participantBox(el) }));
  const workloads = sel.elements.filter((e) => e.kind === 'workload');
  const wBoxes = workloads.map((e) => {
    const w = e.ref as Workload;
    // The name on one line, the counts on the next.
    const name = `${w.label} (${w.kind})`;
    const counts = `want ${w.replicas.desired}, have ${w.replicas.current}`;
    return participantBox(e, `${name} ${counts}`, Math.min(240, Math.ceil(Math.max(measureText(name, TEXT.leaf.size), measureText(counts, TEXT.leaf.size))) + 1));
  });
  const colW = [0, 1, 2].map((c) => Math.max(0, ...parts.filter((p) => p.slot[0] === c).map((p) => p.box.w)));
  const rowH = [0, 1, 2].map((r) => Math.max(0, ...parts.filter((p) => p.slot[1] === r).map((p) => p.box.h)));
  const wColW = Math.max(0, ...wBoxes.map((b) => b.w));
  const ringed = parts.some((p) => p.slot[0] === 0 && p.slot[1] === 1);
  // The ring around the controller (left column) needs more room on each side than a plain gap.
  const side = ringed ? RING.room : GAP;
  const left = MARGIN + (wBoxes.length > 0 ? wColW + side : ringed ? RING.inset + 30 : 0);
  const colX = [left, left + colW[0]! + side, left + colW[0]! + colW[1]! + side + GAP];
  const rowY = [top, top + rowH[0]! + GAP, top + rowH[0]! + rowH[1]! + 2 * GAP];
  const boxes: LayoutBox[] = parts.map(({ slot: [c, r], box }) =>
    moveBox(box, Math.round(colX[c]! + (colW[c]! - box.w) / 2), Math.round(rowY[r]! + (rowH[r]! - box.h) / 2)),
  );
  const wTotal = wBoxes.reduce((s, b) => s + b.h, 0) + Math.max(0, wBoxes.length - 1) * 14;
  let wy = Math.round(rowY[1]! + rowH[1]! / 2 - wTotal / 2);
  for (const b of wBoxes) {
    boxes.push(moveBox(b, MARGIN + wColW - b.w, Math.max(top, wy)));
    wy = Math.max(top, wy) + b.h + 14;
  }
  const gridBottom = Math.max(rowY[2]! + rowH[2]!, ...boxes.map((b) => b.y + b.h + (b.kind === 'controller-manager' ? RING.inset + 12 : 0)));
  const contentRight = Math.max(colX[2]! + colW[2]!, MARGIN + heading.width);
  const contentBottom = Math.max(gridBottom, ...boxes.map((b) => b.y + b.h));

  // One arrow per sender and receiver pair, numbered with every step that takes it; a step from
  // the controller to itself is its compare phase, drawn on the ring instead.
  const steps = playableSteps(sel);
  const pairs = new Map<string, typeof steps>();
  for (const s of steps) {
    if (s.from.id === s.to.id && s.from.kind === 'controller-manager') continue;
    const key = `${s.from.id}>${s.to.id}`;
    pairs.set(key, [...(pairs.get(key) ?? []), s]);
  }
  const index = indexBoxes(boxes, { x: 0, y: 0, w: contentRight + MARGIN, h: contentBottom + MARGIN });
  const routed = routeEdges(
    index,
    [...pairs.entries()].map(([key, list]) => ({
      relation: { id: key, from: list[0]!.from.id, to: list[0]!.to.id, kind: 'custom' as const, label: '' },
    })),
  );
  const out: LayoutStep[] = [];
  for (const e of routed) {
    const list = pairs.get(e.id)!;
    const first = list[0]!;
    const mid = longest(e.points);
    const num = measure(list.map((s) => s.index).join(', '), 'note');
    out.push({
      index: first.index,
      from: first.from.id,
      to: first.to.id,
      fromRole: first.fromRole,
      toRole: first.toRole,
      reply: false,
      points: e.points,
      text: place(num, mid.x, mid.y - num.height / 2, 'middle'),
    });
  }
  let ny = contentBottom + 28;
  const notes: TextBlock[] = [place(heading, MARGIN, MARGIN, 'start')];
  for (const s of steps) {
    const m = measure(`${s.index}. ${s.message}`, 'note', 520);
    notes.push(place(m, MARGIN, ny, 'start'));
    ny += m.height + 6;
  }
  const cm = boxes.find((b) => b.kind === 'controller-manager');
  const cycles: LayoutCycle[] = cm ? [ring(cm, steps)] : [];
  const width = Math.ceil(Math.max(contentRight, ...notes.map((n) => n.x + n.width)) + MARGIN);
  return { diagram: 'loop', width, height: Math.ceil(ny + MARGIN), boxes, edges: [], steps: out, lifelines: [], cycles, notes };
}

const PHASES = ['observe', 'compare', 'act'] as const;

/**
 * The controller's loop as a ring around its box, read clockwise: observe across the top, compare
 * down the right, act along the bottom and back up the left to observe again.
 */
function ring(cm: LayoutBox, steps: ReturnType<typeof playableSteps>): LayoutCycle {
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
    const m = measure(nums.length > 0 ? `${nums.join(', ')}. ${name}` : name, 'note');
    return { name, steps: nums, points: paths[name], text: place(m, at[name].x, at[name].y - m.height / 2, 'middle') };
  });
  return { around: cm.id, phases };
}
