import type { LayoutBox } from '../layout/index.js';
import { emitBox, openBox } from './_box.js';
import type { SvgContext } from './_context.js';

// Whether every box comes after its parent, with everything inside a box right after it: the order
// in which the boxes are written, each inside its parent. Box ids are unique within a layout.
function inTreeOrder(boxes: readonly LayoutBox[]): boolean {
  const open: string[] = [];
  for (const b of boxes) {
    while (open.length > 0 && open[open.length - 1] !== b.parent) open.pop();
    if (b.parent !== undefined && open.length === 0) return false;
    open.push(b.id);
  }
  return true;
}

// The boxes written from the tree of their parents, for boxes in any order.
function emitByParent(boxes: readonly LayoutBox[], ctx: SvgContext): void {
  const children = new Map<string, LayoutBox[]>();
  const roots: LayoutBox[] = [];
  for (const b of boxes) {
    if (b.parent === undefined) roots.push(b);
    else {
      const list = children.get(b.parent);
      if (list) list.push(b);
      else children.set(b.parent, [b]);
    }
  }
  for (const r of roots) {
    ctx.out.push('\n');
    emitBox(r, children, ctx);
  }
}

/**
 * Writes the boxes, each outermost one on a new line, each box inside its parent's group. Boxes in
 * tree order, as layouts list them, are written in one pass, without a table of each box's children.
 */
export function emitBoxes(boxes: readonly LayoutBox[], ctx: SvgContext): void {
  if (!inTreeOrder(boxes)) return emitByParent(boxes, ctx);
  const { out } = ctx;
  // The ids of the boxes whose group is still open, innermost last.
  const open: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    while (open.length > 0 && open[open.length - 1] !== b.parent) {
      open.pop();
      out.push('</g>');
    }
    if (b.parent === undefined) out.push('\n');
    if (!openBox(b, boxes[i + 1]?.parent !== b.id, ctx)) open.push(b.id);
  }
  for (let i = 0; i < open.length; i++) out.push('</g>');
}
