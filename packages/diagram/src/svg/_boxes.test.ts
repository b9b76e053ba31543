import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { layoutView, type LayoutBox } from '../layout/index.js';
import { emitBoxes } from './_boxes.js';
import type { SvgContext } from './_context.js';
import { paintFor } from './_paint.js';

function written(boxes: readonly LayoutBox[]): string {
  const paint = paintFor('light');
  const ctx: SvgContext = { paint, lit: new Set(), context: new Set(), dimming: false, dim: paint.dim, kinds: paint.kinds, symbols: [], picture: ++paint.kinds.pictures, out: [], loose: 0, sink: undefined, escaped: undefined };
  emitBoxes(boxes, ctx);
  return ctx.out.join('');
}

describe('emitBoxes', () => {
  it('emitBoxes(boxes) nests each box in its parent, whether the boxes come in tree order or not', () => {
    const { boxes } = layoutView(presets.course, {});
    const inOrder = written(boxes);
    // Boxes level by level: siblings keep their order, but a box's contents no longer follow it.
    const byId = new Map(boxes.map((b) => [b.id, b]));
    const depth = (b: LayoutBox): number => (b.parent === undefined ? 0 : 1 + depth(byId.get(b.parent)!));
    const shuffled = boxes.toSorted((a, b) => depth(a) - depth(b));
    expect(shuffled.map((b) => b.id)).not.toEqual(boxes.map((b) => b.id));
    expect(written(shuffled)).toBe(inOrder);
    // Every group closes: as many `</g>` as boxes, each box's group opened once.
    expect(inOrder.match(/<\/g>/g)).toHaveLength(boxes.length);
    expect(inOrder.match(/<g data-id="/g)).toHaveLength(boxes.length);
    // A box inside another is written after its parent opens and before the parent's group closes.
    const pod = inOrder.indexOf('<g data-id="web-1"');
    expect(pod).toBeGreaterThan(inOrder.indexOf('<g data-id="worker-1"'));
    expect(inOrder.indexOf('<g data-id="web-1-nginx"')).toBeGreaterThan(pod);
  });
});
