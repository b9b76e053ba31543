import type { Layout } from '../../layout/types.js';
import type { SvgContext } from '../../svg/_context.js';
import { arrowHead, esc, polylinePath, textMarkup } from '../../svg/_markup.js';
import { backdrop, drawSteps } from '../sequence/_svg.js';

/** Draws the rings of the control loops, phase by phase, then the numbered messages. */
export function drawCyclesAndSteps(layout: Layout, ctx: SvgContext): void {
  const { paint, out } = ctx;
  const line = paint.attrs('none', 'highlight');
  const head = paint.attrs('highlight');
  const back = paint.attrs('bg');
  const text = paint.attrs('highlight-text');
  for (const c of layout.cycles) {
    out.push(`\n<g data-cycle="${esc(c.around, ctx.escaped)}"${ctx.dimming && !ctx.lit.has(c.around) ? ctx.dim : ''}>`);
    for (const p of c.phases) {
      out.push(
        `<g data-phase="${esc(p.name, ctx.escaped)}" data-steps="${p.steps.join(' ')}">`,
        `<path d="${polylinePath(p.points)}"${line} stroke-width="2"/>`,
        `<path d="${arrowHead(p.points, 9)}"${head}/>`,
        backdrop(p.text, back),
        textMarkup(p.text, text, ' font-weight="bold"', ctx.escaped),
        '</g>',
      );
    }
    out.push('</g>');
  }
  drawSteps(layout, ctx);
}
