import { elementsOf, type Cluster } from '@kubegram/model';
import { DIAGRAM_TYPES } from '../diagrams/diagram-types.js';
import { layoutView, type Layout, type LayoutBox, type LayoutOptions } from '../layout/index.js';
import { litIds } from '../layout/_lit-ids.js';
import type { ThemeChoice } from '../theme/index.js';
import { emitBoxes } from './_boxes.js';
import type { SvgContext } from './_context.js';
import { escapedFor } from './_escaped.js';
import { focusViewBox } from './_focus.js';
import { flat, joinPieces } from './_join.js';
import { esc, num, textMarkup } from './_markup.js';
import { paintFor } from './_paint.js';

/** Options of `toSvg`. */
export interface SvgOptions extends LayoutOptions {
  /**
   * Colour theme: `light` (the default) or `dark` write fixed colours; `auto` writes colours as
   * CSS custom properties that follow the reader's colour scheme and the page's `.dark` or
   * `[data-theme="dark"]`, for pages and standalone files (a PNG of `auto` is drawn light).
   */
  theme?: ThemeChoice;
  /** Model ids (elements or relations) to emphasise; everything else is dimmed, nothing moves. */
  highlight?: readonly string[];
  /** The SVG `<title>`; the cluster label and the view title by default. */
  title?: string;
  /**
   * A model id to close in on: the view box moves to its box and what is around it, in the
   * picture's shape, so its labels are drawn larger; every position stays as laid out.
   */
  focus?: string;
}

const DEFAULTS = { theme: 'light', highlight: [] as readonly string[] } as const;

// The description, with a line saying what was folded away when the picture had to fit a small frame.
function describe(layout: Layout): string {
  return layout.folded.length === 0 ? layout.description : `${layout.description}\nFolded to fit the frame: ${layout.folded.join('; ')}.`;
}

// The `<defs>` holding the picture's badge symbols: the last picture's again when it held the same ones.
function defsOf(ctx: SvgContext): string {
  const { kinds, symbols } = ctx;
  const last = kinds.defs;
  if (last !== undefined && last.symbols.length === symbols.length && last.symbols.every((s, i) => s === symbols[i])) return last.markup;
  kinds.defs = { symbols, markup: flat(`<defs>${symbols.join('')}</defs>\n`) };
  return kinds.defs.markup;
}

function render(layout: Layout, title: string, ctx: SvgContext): string {
  const { paint, out } = ctx;
  const { theme } = paint;
  const vb = layout.viewBox;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(vb.x)} ${num(vb.y)} ${num(vb.w)} ${num(vb.h)}" width="${num(vb.w)}" height="${num(vb.h)}" role="img" font-family="${(ctx.kinds.fontFamily ??= esc(theme.fontFamily))}" data-view="${layout.view}" data-theme="${theme.name}">\n`,
    `<title>${esc(title, ctx.escaped)}</title><desc>${esc(describe(layout), ctx.escaped)}</desc>\n`,
    '',
    `<rect x="${num(vb.x)}" y="${num(vb.y)}" width="${num(vb.w)}" height="${num(vb.h)}"${paint.attrs('bg')}/>`,
  );
  // The symbols are known only once every box is drawn; their slot waits right after the description.
  const defsAt = out.length - 2;
  ctx.loose = out.length;
  for (const n of layout.notes) out.push('\n', textMarkup(n, paint.attrs('text'), '', ctx.escaped));
  const diagram = DIAGRAM_TYPES[layout.diagram];
  diagram.svgUnder?.(layout, ctx);
  emitBoxes(layout.boxes, ctx);
  diagram.svgOver(layout, ctx);
  out.push('\n</svg>');
  const auto = paint.finish();
  if (auto) {
    // The root names its stylesheet's scope and says the colours follow the page.
    out[0] = out[0]!.replace(` data-theme="${theme.name}">`, ` data-theme="auto" class="${auto.rootClass}">`);
    out[defsAt] = auto.style + (out[defsAt] ?? '');
  }
  if (ctx.symbols.length > 0) out[defsAt] = `${out[defsAt]}${defsOf(ctx)}`;
  // A small picture settled nothing into chunks: its pieces are joined as they stand, without copies of the list.
  return ctx.sink === undefined ? joinPieces(out) : ctx.sink.join(out.slice(0, ctx.loose), out.slice(ctx.loose));
}

// Highlighted elements folded away to fit a frame: their nearest ancestor drawn in their place is lit instead.
function drawnInPlace(cluster: Cluster, ids: readonly string[], drawn: ReadonlyMap<string, LayoutBox>, drawnAs: Readonly<Record<string, string>> = {}): string[] {
  const parent = new Map(elementsOf(cluster).map((e) => [e.id, e.parent]));
  return ids.map((id) => {
    let at: string | undefined = id;
    while (at !== undefined && !drawn.has(at) && (Object.hasOwn(drawnAs, at) || parent.has(at))) at = Object.hasOwn(drawnAs, at) ? drawnAs[at] : parent.get(at);
    return at !== undefined && drawn.has(at) ? at : id;
  });
}

// A picture without a highlight lights nothing: one pair of empty sets, read and never changed.
const NOTHING_LIT: { lit: ReadonlySet<string>; context: ReadonlySet<string> } = { lit: new Set(), context: new Set() };

// The boxes to light for a highlight, and the boxes around them, which stay undimmed.
function lighting(cluster: Cluster, layout: Layout, opts: SvgOptions & typeof DEFAULTS): { lit: ReadonlySet<string>; context: ReadonlySet<string> } {
  const byId = new Map(layout.boxes.map((b) => [b.id, b]));
  const asked = litIds(cluster, opts.highlight, opts, byId);
  const lit = new Set(layout.folded.length === 0 || asked.length === 0 ? asked : drawnInPlace(cluster, asked, byId, layout.drawnAs));
  const context = new Set<string>();
  for (const id of lit) for (let b = byId.get(id); b?.parent !== undefined; b = byId.get(b.parent)) context.add(b.parent);
  return { lit, context };
}

/**
 * Draws one view of a cluster as a self-contained SVG string, with the Kubernetes-aware layout;
 * the same input always gives the same bytes.
 */
export function toSvg(cluster: Cluster, options: SvgOptions = {}): string {
  // Object.assign, not a spread: on Node 20 spreading the caller's options into the defaults costs microseconds.
  const opts = Object.assign({}, DEFAULTS, options);
  const paint = paintFor(opts.theme);
  const layout = layoutView(cluster, opts);
  const { lit, context } = opts.highlight.length === 0 ? NOTHING_LIT : lighting(cluster, layout, opts);
  // The description up to its first colon: the view's title.
  const colon = layout.description.indexOf(':');
  const title = opts.title ?? `${layout.title}: ${colon < 0 ? layout.description : layout.description.slice(0, colon)}`;
  const shown = opts.focus === undefined ? layout : { ...layout, viewBox: focusViewBox(layout, drawnInPlace(cluster, [opts.focus], new Map(layout.boxes.map((b) => [b.id, b])), layout.drawnAs)[0]!) };
  return render(shown, title, { paint, lit, context, dimming: lit.size > 0, dim: paint.dim, kinds: paint.kinds, symbols: [], picture: ++paint.kinds.pictures, out: [], loose: 0, sink: undefined, escaped: escapedFor(layout.boxes.length + layout.edges.length) });
}
