import type { ClusterElement, ViewSelection } from '@kubegram/model';
import { measure, place, type Measured } from '../../layout/_text.js';
import type { LayoutBox, LayoutStep, Lifeline, TextBlock } from '../../layout/types.js';
import type { BodyOptions, LayoutBody } from '../types.js';
import { moveBox, participantBox, playableSteps, type PlayableStep } from './_participants.js';

/** The margin around the picture. */
const PAGE_MARGIN = 24;
const COLUMN_GAP = 36;
const STEP_GAP = 16;
const TEXT_GAP = 5;

/**
 * The centres of the participants' columns: each next to the last with a gap, widened until every
 * message fits between its two lifelines.
 */
export function columnCentres(widths: readonly number[], spans: readonly { from: number; to: number; width: number }[], gap = COLUMN_GAP): number[] {
  const dist = widths.slice(1).map((w, i) => (widths[i]! + w) / 2 + gap);
  for (const s of spans) {
    const i = Math.min(s.from, s.to);
    const j = Math.max(s.from, s.to);
    const need = s.width + 24;
    let have = 0;
    for (let c = i; c < j; c++) have += dist[c]!;
    if (have < need && j > i) for (let c = i; c < j; c++) dist[c]! += (need - have) / (j - i);
  }
  const centres: number[] = [];
  let x = PAGE_MARGIN + (widths[0] ?? 0) / 2;
  for (let i = 0; i < widths.length; i++) {
    centres.push(x);
    x += dist[i] ?? 0;
  }
  return centres;
}

// One arrow per message from `y` down, its label above it; returns the steps and where they end.
function placeSteps(steps: readonly PlayableStep[], texts: readonly Measured[], x: (id: string) => number, top: number): { out: LayoutStep[]; bottom: number } {
  let y = top;
  const out = steps.map((s, k): LayoutStep => {
    const t = texts[k]!;
    const x1 = x(s.from.id);
    const x2 = x(s.to.id);
    const ay = y + t.height + TEXT_GAP;
    const text = place(t, (x1 + x2) / 2, y, 'middle');
    y = ay + STEP_GAP;
    return { index: s.index, from: s.from.id, to: s.to.id, fromRole: s.fromRole, toRole: s.toRole, reply: s.reply, points: [{ x: x1, y: ay }, { x: x2, y: ay }], text };
  });
  return { out, bottom: y };
}

/** Lays out a sequence view: participants in a row, lifelines below, one arrow per message. */
export function layoutSequence(sel: ViewSelection, opts?: BodyOptions): LayoutBody {
  const shape = opts?.shape ?? {};
  const steps = playableSteps(sel, opts?.steps);
  // A run of the story shows only who takes part in it, so its lifelines have the room of the frame.
  const order: ClusterElement[] = [];
  const inRun = (el: ClusterElement) => opts?.steps === undefined || steps.some((s) => s.from === el || s.to === el);
  for (const el of Object.values(sel.participants)) if (el && !order.includes(el) && inRun(el)) order.push(el);
  const heading = measure(sel.view.title, 'heading', shape.messageWrap === undefined ? undefined : Math.max(shape.messageWrap, 320));
  const unplaced = order.map((el) => participantBox(el, el.label, shape.wrap, shape.boxMin));
  const col = new Map(order.map((el, i) => [el.id, i]));
  const texts = steps.map((s) => measure(`${s.index}. ${s.message}`, 'note', shape.messageWrap ?? 240, shape.stepSize));
  const spans = steps.map((s, k) => ({ from: col.get(s.from.id)!, to: col.get(s.to.id)!, width: texts[k]!.width }));
  const centres = columnCentres(unplaced.map((b) => b.w), spans, shape.columnGap);
  const top = PAGE_MARGIN + heading.height + 18;
  const boxH = Math.max(0, ...unplaced.map((b) => b.h));
  const boxes: LayoutBox[] = unplaced.map((b, i) => moveBox(b, Math.round(centres[i]! - b.w / 2), top + boxH - b.h));
  const { out, bottom: last } = placeSteps(steps, texts, (id) => centres[col.get(id)!]!, top + boxH + 24);
  const bottom = last + 8;
  const lifelines: Lifeline[] = boxes.map((b, i) => ({ id: b.id, x: centres[i]!, y1: b.y + b.h, y2: bottom }));
  const right = Math.max(PAGE_MARGIN + heading.width, ...boxes.map((b) => b.x + b.w));
  const notes: TextBlock[] = [place(heading, PAGE_MARGIN, PAGE_MARGIN, 'start')];
  return { diagram: 'sequence', width: Math.ceil(right + PAGE_MARGIN), height: Math.ceil(bottom + PAGE_MARGIN), boxes, edges: [], steps: out, lifelines, cycles: [], notes };
}
