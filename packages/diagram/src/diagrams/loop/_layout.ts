import type { ClusterElement, ViewSelection, Workload } from '@kubegram/model';
import { measureText } from '../../fonts/index.js';
import { indexBoxes, routeEdges } from '../../layout/_route.js';
import { measure, place, TEXT } from '../../layout/_text.js';
import type { LayoutBox, LayoutCycle, LayoutStep, Point, TextBlock } from '../../layout/types.js';
import { moveBox, participantBox, playableSteps, type PlayableStep } from '../sequence/_participants.js';
import type { BodyOptions, LayoutBody, LayoutShape } from '../types.js';
import { RING, ring } from './_ring.js';

/** The margin around the picture. */
const PAGE_MARGIN = 24;
const DEFAULT_GAP = 64;

// Where each participant sits around the API server, which every step of the loop goes through.
const SLOTS: Readonly<Record<string, readonly [number, number]>> = {
  scheduler: [1, 0],
  'controller-manager': [0, 1],
  apiserver: [1, 1],
  etcd: [2, 1],
  kubelet: [1, 2],
};

/** The middle of the longest stretch of a path: where its label goes. */
export function longestMiddle(pts: readonly Point[]): Point {
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
}

// A workload's box: the name on one line, the counts on the next.
function workloadBox(e: ClusterElement): LayoutBox {
  const w = e.ref as Workload;
  const name = `${w.label} (${w.kind})`;
  const counts = `want ${w.replicas.desired}, have ${w.replicas.current}`;
  return participantBox(e, `${name} ${counts}`, Math.min(240, Math.ceil(Math.max(measureText(name, TEXT.leaf.size), measureText(counts, TEXT.leaf.size))) + 1));
}

/** The participants in their slots around the API server, and the slots' right and bottom edge (the ring under the controller included). */
function placeRing(sel: ViewSelection, top: number, left: number, shape: LayoutShape): { boxes: LayoutBox[]; right: number; bottom: number; middle: number } {
  const gap = shape.columnGap ?? DEFAULT_GAP;
  const roles = Object.entries(sel.participants).filter((e): e is [string, ClusterElement] => e[1] !== undefined && SLOTS[e[0]] !== undefined);
  const parts = roles.map(([role, el]) => ({ slot: SLOTS[role]!, box: participantBox(el, el.label, shape.wrap, shape.boxMin) }));
  const colW = [0, 1, 2].map((c) => Math.max(0, ...parts.filter((p) => p.slot[0] === c).map((p) => p.box.w)));
  const rowH = [0, 1, 2].map((r) => Math.max(0, ...parts.filter((p) => p.slot[1] === r).map((p) => p.box.h)));
  // The ring around the controller (left column) needs more room on each side than a plain gap.
  const ringed = parts.some((p) => p.slot[0] === 0 && p.slot[1] === 1);
  const side = ringed ? (shape.ringRoom ?? RING.room) : gap;
  const colX = [left, left + colW[0]! + side, left + colW[0]! + colW[1]! + side + gap];
  const rowY = [top, top + rowH[0]! + gap, top + rowH[0]! + rowH[1]! + 2 * gap];
  const boxes = parts.map(({ slot: [c, r], box }) => moveBox(box, Math.round(colX[c]! + (colW[c]! - box.w) / 2), Math.round(rowY[r]! + (rowH[r]! - box.h) / 2)));
  const bottom = Math.max(rowY[2]! + rowH[2]!, ...boxes.map((b) => b.y + b.h + (b.kind === 'controller-manager' ? RING.inset + 12 : 0)));
  return { boxes, right: colX[2]! + colW[2]!, bottom, middle: rowY[1]! + rowH[1]! / 2 };
}

/** The participants around the API server and the workloads, in a column on the left or a row under the ring; and the right and bottom edge of all. */
function placeBoxes(sel: ViewSelection, top: number, shape: LayoutShape): { boxes: LayoutBox[]; right: number; bottom: number } {
  const wBoxes = sel.elements.filter((e) => e.kind === 'workload').map(workloadBox);
  const ringed = sel.participants['controller-manager'] !== undefined;
  const side = ringed ? (shape.ringRoom ?? RING.room) : (shape.columnGap ?? DEFAULT_GAP);
  const wColW = Math.max(0, ...wBoxes.map((b) => b.w));
  const beside = wBoxes.length > 0 && shape.workloadsBelow !== true;
  const left = PAGE_MARGIN + (beside ? wColW + side : ringed ? RING.inset + 30 : 0);
  const ring = placeRing(sel, top, left, shape);
  const boxes = [...ring.boxes];
  if (!beside) {
    let x = PAGE_MARGIN;
    const y = ring.bottom + 24;
    for (const b of wBoxes) {
      boxes.push(moveBox(b, x, y));
      x += b.w + 14;
    }
    const rowH = Math.max(0, ...wBoxes.map((b) => b.h));
    return { boxes, right: Math.max(ring.right, x - 14), bottom: wBoxes.length > 0 ? y + rowH : ring.bottom };
  }
  const wTotal = wBoxes.reduce((s, b) => s + b.h, 0) + Math.max(0, wBoxes.length - 1) * 14;
  let wy = Math.round(ring.middle - wTotal / 2);
  for (const b of wBoxes) {
    boxes.push(moveBox(b, PAGE_MARGIN + wColW - b.w, Math.max(top, wy)));
    wy = Math.max(top, wy) + b.h + 14;
  }
  return { boxes, right: ring.right, bottom: Math.max(ring.bottom, ...boxes.map((b) => b.y + b.h)) };
}

/**
 * One arrow per sender and receiver pair, numbered with every step that takes it; a step from the
 * controller to itself is its compare phase, drawn on the ring instead.
 */
function loopArrows(steps: readonly PlayableStep[], boxes: readonly LayoutBox[], w: number, h: number, size?: number): LayoutStep[] {
  const pairs = new Map<string, PlayableStep[]>();
  for (const s of steps) {
    if (s.from.id === s.to.id && s.from.kind === 'controller-manager') continue;
    const key = `${s.from.id}>${s.to.id}`;
    pairs.set(key, [...(pairs.get(key) ?? []), s]);
  }
  const index = indexBoxes(boxes, { x: 0, y: 0, w, h });
  const requests = [...pairs.entries()].map(([key, list]) => ({ relation: { id: key, from: list[0]!.from.id, to: list[0]!.to.id, kind: 'custom' as const, label: '' } }));
  return routeEdges(index, requests).map((e) => {
    const list = pairs.get(e.id)!;
    const first = list[0]!;
    const mid = longestMiddle(e.points);
    const num = measure(list.map((s) => s.index).join(', '), 'note', undefined, size);
    const text = place(num, mid.x, mid.y - num.height / 2, 'middle');
    return { index: first.index, from: first.from.id, to: first.to.id, fromRole: first.fromRole, toRole: first.toRole, reply: false, points: e.points, text };
  });
}

/** The numbered steps listed from `(x, y)` down; and where the list ends. */
function stepList(steps: readonly PlayableStep[], x: number, y: number, shape: LayoutShape): { notes: TextBlock[]; bottom: number } {
  const notes: TextBlock[] = [];
  let ny = y;
  for (const s of steps) {
    const m = measure(`${s.index}. ${s.message}`, 'note', shape.messageWrap ?? 520, shape.stepSize);
    notes.push(place(m, x, ny, 'start'));
    ny += m.height + 6;
  }
  return { notes, bottom: ny };
}

/** Lays out the reconcile loop: the participants around the API server, numbered arrows, the steps listed below or beside. */
export function layoutLoop(sel: ViewSelection, opts?: BodyOptions): LayoutBody {
  const shape = opts?.shape ?? {};
  const heading = measure(sel.view.title, 'heading', shape.messageWrap === undefined ? undefined : Math.max(shape.messageWrap, 200));
  const top = PAGE_MARGIN + heading.height + 24;
  const { boxes, right, bottom } = placeBoxes(sel, top, shape);
  const contentRight = Math.max(right, PAGE_MARGIN + heading.width);
  const steps = playableSteps(sel);
  const out = loopArrows(steps, boxes, contentRight + PAGE_MARGIN, bottom + PAGE_MARGIN, shape.stepSize);
  const list = shape.stepsBeside === true ? stepList(steps, right + 32, top, shape) : stepList(steps, PAGE_MARGIN, bottom + 28, shape);
  const notes: TextBlock[] = [place(heading, PAGE_MARGIN, PAGE_MARGIN, 'start'), ...list.notes];
  const cm = boxes.find((b) => b.kind === 'controller-manager');
  const cycles: LayoutCycle[] = cm ? [ring(cm, steps, shape.stepSize)] : [];
  const width = Math.ceil(Math.max(contentRight, ...notes.map((n) => n.x + n.width)) + PAGE_MARGIN);
  const height = shape.stepsBeside === true ? Math.max(bottom, list.bottom) : list.bottom;
  return { diagram: 'loop', width, height: Math.ceil(height + PAGE_MARGIN), boxes, edges: [], steps: out, lifelines: [], cycles, notes };
}
