import type { Layout, LayoutBox, Rect } from './types.js';

/** Room left around what a focus shows, in picture pixels. */
const PAD = 16;
/** The part shown is at least this share of the picture each way: a focus magnifies at most about 3x. */
const LEAST_SHARE = 0.3;
/** Context larger than this share of the picture's area (the cluster, the one node of a node view) would leave nothing to close in on. */
const CONTEXT_SHARE = 0.25;

/**
 * The part of a picture a focus on one element shows: its box, the box it sits in and the boxes at
 * the other end of its edges (those small enough to be context, not the whole picture), padded,
 * widened to the picture's shape and kept inside it. Every position stays; only the view moves.
 * The whole picture when the element is not drawn.
 */
export function focusViewBox(layout: Pick<Layout, 'viewBox' | 'boxes' | 'edges'>, id: string): Rect {
  const vb = layout.viewBox;
  const byId = new Map(layout.boxes.map((b) => [b.id, b]));
  const box = byId.get(id);
  if (!box) return vb;
  const small = (b: LayoutBox | undefined): b is LayoutBox => b !== undefined && b.w * b.h <= CONTEXT_SHARE * vb.w * vb.h;
  const ancestors = new Set<string>();
  for (let b: LayoutBox | undefined = box; b?.parent !== undefined; b = byId.get(b.parent)) ancestors.add(b.parent);
  const context = [box.parent === undefined ? undefined : byId.get(box.parent)];
  for (const e of layout.edges) {
    if (e.from === id && !ancestors.has(e.to)) context.push(byId.get(e.to));
    else if (e.to === id && !ancestors.has(e.from)) context.push(byId.get(e.from));
  }
  let x0 = box.x;
  let y0 = box.y;
  let x1 = box.x + box.w;
  let y1 = box.y + box.h;
  for (const b of context.filter(small)) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  const ratio = vb.w / vb.h;
  let w = Math.max(x1 - x0 + 2 * PAD, vb.w * LEAST_SHARE);
  let h = Math.max(y1 - y0 + 2 * PAD, vb.h * LEAST_SHARE);
  if (w / h < ratio) w = h * ratio;
  else h = w / ratio;
  w = Math.min(w, vb.w);
  h = Math.min(h, vb.h);
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const x = clamp((x0 + x1) / 2 - w / 2, vb.x, vb.x + vb.w - w);
  const y = clamp((y0 + y1) / 2 - h / 2, vb.y, vb.y + vb.h - h);
  const r2 = (n: number) => Math.round(n * 100) / 100;
  return { x: r2(x), y: r2(y), w: r2(w), h: r2(h) };
}
