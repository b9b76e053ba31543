import type { ClusterElement, ViewSelection, Workload } from '@kubegram/model';
import { moveBox, participantBox, playableSteps } from './_participants.js';
import { indexBoxes, routeEdges } from './_route.js';
import { measure, place } from './_text.js';
import type { Layout, LayoutBox, LayoutStep, Point, TextBlock } from './types.js';

const MARGIN = 24;
const GAP = 64;

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
    return participantBox(e, `${w.label} (${w.kind}): ${w.replicas.current} of ${w.replicas.desired} replicas`);
  });
  const colW = [0, 1, 2].map((c) => Math.max(0, ...parts.filter((p) => p.slot[0] === c).map((p) => p.box.w)));
  const rowH = [0, 1, 2].map((r) => Math.max(0, ...parts.filter((p) => p.slot[1] === r).map((p) => p.box.h)));
  const wColW = Math.max(0, ...wBoxes.map((b) => b.w));
  const left = MARGIN + (wBoxes.length > 0 ? wColW + GAP : 0);
  const colX = [left, left + colW[0]! + GAP, left + colW[0]! + colW[1]! + 2 * GAP];
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
  const gridBottom = rowY[2]! + rowH[2]!;
  const contentRight = Math.max(colX[2]! + colW[2]!, MARGIN + heading.width);
  const contentBottom = Math.max(gridBottom, ...boxes.map((b) => b.y + b.h));

  // One arrow per sender and receiver pair, numbered with every step that takes it.
  const steps = playableSteps(sel);
  const pairs = new Map<string, typeof steps>();
  for (const s of steps) {
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
  const width = Math.ceil(Math.max(contentRight, ...notes.map((n) => n.x + n.width)) + MARGIN);
  return { diagram: 'loop', width, height: Math.ceil(ny + MARGIN), boxes, edges: [], steps: out, lifelines: [], notes };
}
