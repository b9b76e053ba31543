import type { Layout } from '../../layout/types.js';
import { settle, type EdgeLook, type SvgContext } from '../../svg/_context.js';
import { flat } from '../../svg/_join.js';
import { arrowHead, esc, polylinePath } from '../../svg/_markup.js';
import type { Paint } from '../../svg/_paint.js';

// The markup between an edge's two paths and after the second, whole, each with the quote closing
// the path data before it: fewer pieces cost less to join.
const look = (paint: Paint, colour: string, width: string): EdgeLook => ({
  line: flat(`"${paint.attrs('none', colour)} stroke-width="${width}"/><path d="`),
  head: flat(`"${paint.attrs(colour)}/></g>`),
});

/** Draws the routed relations over the boxes; a lit one, or one touching a lit box, in the highlight colour. */
export function drawEdges(layout: Layout, ctx: SvgContext): void {
  const { paint, out } = ctx;
  // Built once per paint; an `auto` paint names the edge colour before the highlight's, as it always did.
  const { plain, strong } = (paint.kinds.edges ??= { plain: look(paint, 'edge', '1.5'), strong: look(paint, 'highlight', '2.5') });
  for (const e of layout.edges) {
    settle(ctx);
    // Without a highlight nothing is looked up: a relation's id is new text, and hashing it costs.
    const on = ctx.dimming && (ctx.lit.has(e.id) || ctx.lit.has(e.from) || ctx.lit.has(e.to));
    const style = on ? strong : plain;
    // Escaping works character by character, so the parts of a tooltip are escaped apart, as they are.
    const tip = e.description === undefined ? (e.label === '' ? undefined : esc(e.label, ctx.escaped)) : `${esc(e.label, ctx.escaped)}: ${esc(e.description, ctx.escaped)}`;
    // The closing quote of the kind and what follows it are one piece in the usual, undimmed case.
    const open = ctx.dimming && !on ? `"${ctx.dim}>` : '">';
    const body = tip === undefined ? `${open}<path d="` : open === '">' ? `"><title>${tip}</title><path d="` : `${open}<title>${tip}</title><path d="`;
    out.push(`\n<g data-edge="${esc(e.id, ctx.escaped)}" data-from="${esc(e.from, ctx.escaped)}" data-to="${esc(e.to, ctx.escaped)}" data-kind="${e.kind}${body}${polylinePath(e.points)}${style.line}${arrowHead(e.points)}${style.head}`);
  }
}
