import type { Layout, Rect } from './types.js';

/** The box a picture is shown in, in CSS pixels: a width, and a height when the box has one. */
type Frame = { width: number; height?: number };

/** How large the picture is drawn when it is scaled to fit the frame (it is never cropped). */
export function shownScale(viewBox: Pick<Rect, 'w' | 'h'>, frame: Frame): number {
  const sx = frame.width / viewBox.w;
  return frame.height === undefined ? sx : Math.min(sx, frame.height / viewBox.h);
}

/** The smallest font size of any label, message, note or phase in a layout, in picture pixels. */
export function smallestFont(layout: Pick<Layout, 'boxes' | 'steps' | 'notes' | 'cycles'>): number {
  let min = Infinity;
  for (const b of layout.boxes) min = Math.min(min, b.label.size);
  for (const s of layout.steps) min = Math.min(min, s.text.size);
  for (const n of layout.notes) min = Math.min(min, n.size);
  for (const c of layout.cycles) for (const p of c.phases) min = Math.min(min, p.text.size);
  return min;
}

/** The size, in CSS pixels, the smallest label of a layout is drawn at when it is shown in a frame (a width, and a height when the frame has one). */
export function labelPx(layout: Pick<Layout, 'boxes' | 'steps' | 'notes' | 'cycles' | 'viewBox'>, frame: Frame): number {
  const font = smallestFont(layout);
  return font === Infinity ? Infinity : font * shownScale(layout.viewBox, frame);
}

