import type { ClusterElement, ViewSelection } from '@kubegram/model';
import { moveBox, participantBox, playableSteps } from './_participants.js';
import { measure, place } from '../../layout/_text.js';
import type { Layout, LayoutBox, LayoutStep, Lifeline, TextBlock } from '../../layout/types.js';

const MARGIN = 24;
const COLUMN_GAP = 36;
const STEP_GAP = 16;
const TEXT_GAP = 5;

/** Lays out a sequence view: participants in a row, lifelines below, one arrow per message. */
export function layoutSequence(sel: ViewSelection): Omit<Layout, 'view' | 'title' | 'description' | 'viewBox'> {
  const steps = playableSteps(sel);
  const order: ClusterElement[] = [];
  for (const el of Object.values(sel.participants)) if (el && !order.includes(el)) order.push(el);
  const heading = measure(sel.view.title, 'heading');
  const boxes0 = order.map((el) => participantBox(el));
  const col = new Map(order.map((el, i) => [el.id, i]));
  // Centre-to-centre distances, widened until every message fits between its two lifelines.
  const dist = boxes0.slice(1).map((b, i) => (boxes0[i]!.w + b.w) / 2 + COLUMN_GAP);
  const texts = steps.map((s) => measure(`${s.index}. ${s.message}`, 'note', 240));
  steps.forEach((s, k) => {
    const i = Math.min(col.get(s.from.id)!, col.get(s.to.id)!);
    const j = Math.max(col.get(s.from.id)!, col.get(s.to.id)!);
    const need = texts[k]!.width + 24;
    let have = 0;
    for (let c = i; c < j; c++) have += dist[c]!;
    if (have < need && j > i) for (let c = i; c < j; c++) dist[c]! += (need - have) / (j - i);
  });
  const centres: number[] = [];
  let x = MARGIN + (boxes0[0]?.w ?? 0) / 2;
  for (let i = 0; i < boxes0.length; i++) {
    centres.push(x);
    x += dist[i] ?? 0;
  }
  const top = MARGIN + heading.height + 18;
  const boxH = Math.max(0, ...boxes0.map((b) => b.h));
  const boxes: LayoutBox[] = boxes0.map((b, i) => moveBox(b, Math.round(centres[i]! - b.w / 2), top + boxH - b.h));
  let y = top + boxH + 24;
  const out: LayoutStep[] = [];
  steps.forEach((s, k) => {
    const t = texts[k]!;
    const x1 = centres[col.get(s.from.id)!]!;
    const x2 = centres[col.get(s.to.id)!]!;
    const ay = y + t.height + TEXT_GAP;
    out.push({
      index: s.index,
      from: s.from.id,
      to: s.to.id,
      fromRole: s.fromRole,
      toRole: s.toRole,
      reply: s.reply,
      points: [
        { x: x1, y: ay },
        { x: x2, y: ay },
      ],
      text: place(t, (x1 + x2) / 2, y, 'middle'),
    });
    y = ay + STEP_GAP;
  });
  const bottom = y + 8;
  const lifelines: Lifeline[] = boxes.map((b, i) => ({ id: b.id, x: centres[i]!, y1: b.y + b.h, y2: bottom }));
  const right = Math.max(MARGIN + heading.width, ...boxes.map((b) => b.x + b.w));
  const notes: TextBlock[] = [place(heading, MARGIN, MARGIN, 'start')];
  return {
    diagram: 'sequence',
    width: Math.ceil(right + MARGIN),
    height: Math.ceil(bottom + MARGIN),
    boxes,
    edges: [],
    steps: out,
    lifelines,
    cycles: [],
    notes,
  };
}
