import type { Layout } from '../../layout/types.js';
import { settle, type SvgContext } from '../../svg/_context.js';
import { arrowHead, esc, polylinePath } from '../../svg/_markup.js';

/** Draws the routed relations over the boxes; a lit one, or one touching a lit box, in the highlight colour. */
export function drawEdges(layout: Layout, ctx: SvgContext): void {
  const { paint, out } = ctx;
  // The markup between an edge's two paths and after the second, whole: fewer pieces cost less to join.
  const plain = { line: `${paint.attrs('none', 'edge')} stroke-width="1.5"/><path d="`, head: `${paint.attrs('edge')}/></g>` };
  const strong = { line: `${paint.attrs('none', 'highlight')} stroke-width="2.5"/><path d="`, head: `${paint.attrs('highlight')}/></g>` };
  for (const e of layout.edges) {
    settle(ctx);
    // Without a highlight nothing is looked up: a relation's id is new text, and hashing it costs.
    const on = ctx.dimming && (ctx.lit.has(e.id) || ctx.lit.has(e.from) || ctx.lit.has(e.to));
    const look = on ? strong : plain;
    // Escaping works character by character, so the parts of a tooltip are escaped apart, as they are.
    const tip = e.description === undefined ? (e.label === '' ? undefined : esc(e.label)) : `${esc(e.label)}: ${esc(e.description)}`;
    out.push(
      `\n<g data-edge="${esc(e.id)}" data-from="${esc(e.from)}" data-to="${esc(e.to)}" data-kind="${e.kind}"${ctx.dimming && !on ? ctx.dim : ''}>${tip === undefined ? '<path d="' : `<title>${tip}</title><path d="`}` +
        `${polylinePath(e.points)}"${look.line}${arrowHead(e.points)}"${look.head}`,
    );
  }
}
