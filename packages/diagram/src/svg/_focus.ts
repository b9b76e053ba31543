import type { Layout, Rect } from '../layout/types.js';

/** How far a focus closes in: the part shown is at least this share of the picture each way. */
const LEAST_SHARE = 0.5;

/**
 * The part of a picture a focus on one box shows: the box with two of its own sizes of context on
 * each side, widened to the picture's shape and to at least half of it each way, kept inside it.
 * Every position stays; only the view moves. The whole picture when the box is not drawn.
 */
export function focusViewBox(layout: Pick<Layout, 'viewBox' | 'boxes'>, id: string): Rect {
  const vb = layout.viewBox;
  const box = layout.boxes.find((b) => b.id === id);
  if (!box) return vb;
  const ratio = vb.w / vb.h;
  let w = Math.max(box.w * 3, vb.w * LEAST_SHARE);
  let h = Math.max(box.h * 3, vb.h * LEAST_SHARE);
  if (w / h < ratio) w = h * ratio;
  else h = w / ratio;
  w = Math.min(w, vb.w);
  h = Math.min(h, vb.h);
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const x = clamp(box.x + box.w / 2 - w / 2, vb.x, vb.x + vb.w - w);
  const y = clamp(box.y + box.h / 2 - h / 2, vb.y, vb.y + vb.h - h);
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return { x: r2(x), y: r2(y), w: r2(w), h: r2(h) };
}
