import { elementsOf, type Cluster } from '@kubegram/model';
import { badgeBody } from '../icons/_badge-body.js';
import { DIAGRAM_TYPES } from '../diagrams/diagram-types.js';
import { ICON } from '../layout/_text.js';
import { layoutView, type Layout, type LayoutBox, type LayoutOptions } from '../layout/index.js';
import { themes, type KindStyle, type ThemeName } from '../theme/index.js';
import { settle, type SvgContext } from './_context.js';
import { esc, num, textMarkup } from './_markup.js';

/** Options of `toSvg`. */
export interface SvgOptions extends LayoutOptions {
  /** Colour theme. */
  theme?: ThemeName;
  /** Model ids (elements or relations) to emphasise; everything else is dimmed, nothing moves. */
  highlight?: readonly string[];
  /** The SVG `<title>`; the cluster label and the view title by default. */
  title?: string;
}

const DEFAULTS = { theme: 'light', highlight: [] as readonly string[] } as const;

const RADIUS: Partial<Record<LayoutBox['kind'], number>> = { cluster: 10, 'control-plane-node': 8, 'worker-node': 8, pod: 10, container: 4 };

// FNV-1a over the symbol's markup: an id that changes whenever anything drawn in it changes, so two
// SVGs in one page that define the same id always define the same picture.
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// The start of the `<use>` of a kind's badge; its symbol is drawn the first time a kind and colour is met.
function badge(ctx: SvgContext, b: LayoutBox, style: KindStyle): string {
  const fill = b.container ? style.stroke : style.text;
  const text = b.container ? '#ffffff' : style.stroke;
  const key = `${b.kind}|${fill}|${text}`;
  let open = ctx.icons.get(key);
  if (open === undefined) {
    const body = badgeBody(b.kind, ICON.size, fill, text);
    const id = `kg-icon-${b.kind}-${hash(body)}`;
    ctx.symbols.push(`<symbol id="${id}" overflow="visible">${body}</symbol>`);
    open = `<use href="#${id}" aria-hidden="true"`;
    ctx.icons.set(key, open);
  }
  return open;
}

// The paint of a box's rectangle, the same for every box of a kind: built once per kind and state.
function paint(ctx: SvgContext, b: LayoutBox, style: KindStyle, lit: boolean): string {
  const key = `${b.kind}|${b.container}|${lit}`;
  let attrs = ctx.paints.get(key);
  if (attrs === undefined) {
    const stroke = lit ? ` stroke="${ctx.theme.highlight}" stroke-width="3"` : ` stroke="${style.stroke}" stroke-width="${b.container ? 1.5 : 1}"`;
    attrs = ` rx="${RADIUS[b.kind] ?? 5}" fill="${style.fill}"${stroke}`;
    ctx.paints.set(key, attrs);
  }
  return attrs;
}

function emitBox(b: LayoutBox, children: ReadonlyMap<string, LayoutBox[]>, ctx: SvgContext): void {
  settle(ctx);
  const { out } = ctx;
  const style = ctx.theme.kinds[b.kind];
  const lit = ctx.lit.has(b.id);
  const dim = ctx.dimming && !(lit || ctx.context.has(b.id)) ? ctx.dim : '';
  const rect = `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}"${paint(ctx, b, style, lit)}`;
  // One piece per element: a long array of short pieces costs more to grow and to join.
  const head =
    b.collapsed === undefined
      ? `<g data-id="${esc(b.id)}" data-kind="${b.kind}">${rect}${dim}/><title>${esc(`${b.label.lines.join(' ')}: ${b.description}`)}</title>${b.icon ? `${badge(ctx, b, style)} x="${num(b.icon.x)}" y="${num(b.icon.y)}"${dim}/>` : ''}`
      : `<g data-collapsed-pods="${b.collapsed}" data-node="${esc(b.parent ?? '')}">${rect} stroke-dasharray="5 3"${dim}/><title>${esc(b.description)}</title>`;
  out.push(head + textMarkup(b.label, style.text, dim));
  const inner = children.get(b.id);
  if (inner) for (const c of inner) emitBox(c, children, ctx);
  out.push('</g>');
}

// The description, with a line saying what was folded away when the picture had to fit a small frame.
function describe(layout: Layout): string {
  return layout.folded.length === 0 ? layout.description : `${layout.description}\nFolded to fit the frame: ${layout.folded.join('; ')}.`;
}

function render(layout: Layout, title: string, ctx: SvgContext): string {
  const { theme, out } = ctx;
  const vb = layout.viewBox;
  const children = new Map<string, LayoutBox[]>();
  const roots: LayoutBox[] = [];
  for (const b of layout.boxes) {
    if (b.parent === undefined) roots.push(b);
    else {
      const list = children.get(b.parent);
      if (list) list.push(b);
      else children.set(b.parent, [b]);
    }
  }
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(vb.x)} ${num(vb.y)} ${num(vb.w)} ${num(vb.h)}" width="${num(vb.w)}" height="${num(vb.h)}" role="img" font-family="${esc(theme.fontFamily)}" data-view="${layout.view}" data-theme="${theme.name}">\n`,
    `<title>${esc(title)}</title><desc>${esc(describe(layout))}</desc>\n`,
    '',
    `<rect x="${num(vb.x)}" y="${num(vb.y)}" width="${num(vb.w)}" height="${num(vb.h)}" fill="${theme.background}"/>`,
  );
  // The symbols are known only once every box is drawn; their slot waits right after the description.
  const defsAt = out.length - 2;
  ctx.loose = out.length;
  for (const n of layout.notes) out.push('\n', textMarkup(n, theme.text));
  const diagram = DIAGRAM_TYPES[layout.diagram];
  diagram.svgUnder?.(layout, ctx);
  for (const r of roots) {
    out.push('\n');
    emitBox(r, children, ctx);
  }
  diagram.svgOver(layout, ctx);
  out.push('\n</svg>');
  if (ctx.symbols.length > 0) out[defsAt] = `<defs>${ctx.symbols.join('')}</defs>\n`;
  return out.join('');
}

// Highlighted elements folded away to fit a frame: their nearest ancestor drawn in their place is lit instead.
function drawnInPlace(cluster: Cluster, ids: readonly string[], drawn: ReadonlyMap<string, LayoutBox>): string[] {
  const parent = new Map(elementsOf(cluster).map((e) => [e.id, e.parent]));
  return ids.map((id) => {
    let at: string | undefined = id;
    while (at !== undefined && !drawn.has(at) && parent.has(at)) at = parent.get(at);
    return at !== undefined && drawn.has(at) ? at : id;
  });
}

/**
 * Draws one view of a cluster as a self-contained SVG string, with the Kubernetes-aware layout;
 * the same input always gives the same bytes.
 */
export function toSvg(cluster: Cluster, options: SvgOptions = {}): string {
  const opts = { ...DEFAULTS, ...options };
  const theme = themes[opts.theme];
  if (!theme) throw new Error(`toSvg: options.theme is "${String(opts.theme)}": expected one of ${Object.keys(themes).join(', ')}`);
  const layout = layoutView(cluster, opts);
  // The boxes around a highlighted one stay undimmed; only a highlight needs the lookup.
  const byId = opts.highlight.length > 0 ? new Map(layout.boxes.map((b) => [b.id, b])) : new Map<string, LayoutBox>();
  const lit = new Set(layout.folded.length === 0 ? opts.highlight : drawnInPlace(cluster, opts.highlight, byId));
  const context = new Set<string>();
  for (const id of lit) for (let b = byId.get(id); b?.parent !== undefined; b = byId.get(b.parent)) context.add(b.parent);
  const title = opts.title ?? `${layout.title}: ${layout.description.split(':')[0]}`;
  return render(layout, title, { theme, lit, context, dimming: lit.size > 0, dim: ` opacity="${num(theme.dimOpacity)}"`, icons: new Map(), symbols: [], paints: new Map(), out: [], loose: 0 });
}
