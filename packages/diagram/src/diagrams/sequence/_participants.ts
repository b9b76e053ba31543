import type { ClusterElement, FlowRole, ViewSelection } from '@kubegram/model';
import { measure, place } from '../../layout/_text.js';
import type { LayoutBox } from '../../layout/types.js';
import type { StepRange } from '../types.js';

const PAD = { x: 12, y: 9, minW: 110, minH: 38 };

/** A participant box of a story view, sized for its label, placed later. */
export function participantBox(el: ClusterElement, label = el.label, wrap?: number, minW: number = PAD.minW): LayoutBox {
  const m = measure(label, 'leaf', wrap);
  const w = Math.ceil(Math.max(minW, m.width + 2 * PAD.x));
  const h = Math.ceil(Math.max(PAD.minH, m.height + 2 * PAD.y));
  return { id: el.id, kind: el.kind, description: el.description, x: 0, y: 0, w, h, label: place(m, w / 2, (h - m.height) / 2, 'middle'), container: false };
}

/** Moves a box and its label together. */
export function moveBox(b: LayoutBox, x: number, y: number): LayoutBox {
  const dx = x - b.x;
  const dy = y - b.y;
  return { ...b, x, y, label: { ...b.label, x: b.label.x + dx, y: b.label.y + dy } };
}

/** A step of a story with the elements that play its sender and receiver. */
export interface PlayableStep {
  /** Its number in the story, from 1. */
  index: number;
  from: ClusterElement;
  to: ClusterElement;
  fromRole: FlowRole;
  toRole: FlowRole;
  message: string;
  reply: boolean;
}

/** The steps of a story whose sender and receiver both play a part in this cluster; only those numbered within `range` when it is given. */
export function playableSteps(sel: ViewSelection, range?: StepRange): PlayableStep[] {
  const out: PlayableStep[] = [];
  for (const [i, s] of (sel.view.steps ?? []).entries()) {
    const from = sel.participants[s.from];
    const to = sel.participants[s.to];
    if (range && (i + 1 < range.from || i + 1 > range.to)) continue;
    if (from && to) out.push({ index: i + 1, from, to, fromRole: s.from, toRole: s.to, message: s.message, reply: s.reply === true });
  }
  return out;
}
