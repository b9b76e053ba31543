import { textBox } from '../../layout/_text.js';
import type { Layout, TextBlock } from '../../layout/types.js';
import type { SvgContext } from '../../svg/_context.js';
import { arrowHead, esc, num, polylinePath, textMarkup } from '../../svg/_markup.js';

/** A backdrop the colour of the page behind a label, so lifelines and arrows never run through the text. */
export function backdrop(t: TextBlock, paint: string): string {
  const b = textBox(t);
  const pad = 3;
  return `<rect x="${num(b.x - pad)}" y="${num(b.y - pad / 2)}" width="${num(b.w + 2 * pad)}" height="${num(b.h + pad)}" rx="3"${paint} fill-opacity="0.9"/>`;
}

/** Draws the dashed lifelines under the participants, before the boxes. */
export function drawLifelines(layout: Layout, ctx: SvgContext): void {
  const { paint, out } = ctx;
  const stroke = paint.attrs(undefined, 'muted-text');
  for (const l of layout.lifelines) {
    out.push(`\n<g data-lifeline="${esc(l.id, ctx.escaped)}"><line x1="${num(l.x)}" y1="${num(l.y1)}" x2="${num(l.x)}" y2="${num(l.y2)}"${stroke} stroke-dasharray="4 4"/></g>`);
  }
}

/** Draws the numbered messages over the boxes, replies dashed, each label on a backdrop. */
export function drawSteps(layout: Layout, ctx: SvgContext): void {
  const { paint, out } = ctx;
  const line = paint.attrs('none', 'edge');
  const head = paint.attrs('edge');
  const back = paint.attrs('bg');
  const text = paint.attrs('edge-text');
  for (const s of layout.steps) {
    const on = ctx.lit.has(s.from) || ctx.lit.has(s.to) || ctx.lit.has(`step-${s.index}`);
    out.push(
      `\n<g data-step="${s.index}" data-from="${esc(s.from, ctx.escaped)}" data-to="${esc(s.to, ctx.escaped)}"${ctx.dimming && !on ? ctx.dim : ''}>`,
      `<path d="${polylinePath(s.points)}"${line} stroke-width="1.5"${s.reply ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<path d="${arrowHead(s.points)}"${head}/>`,
      backdrop(s.text, back),
      textMarkup(s.text, text, '', ctx.escaped),
      '</g>',
    );
  }
}
