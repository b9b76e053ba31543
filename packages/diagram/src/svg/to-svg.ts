import type { Cluster } from '@kubegram/model';
import { iconBadge } from '../icons/index.js';
import { ICON } from '../layout/_text.js';
import { layoutView, type Layout, type LayoutBox, type LayoutOptions } from '../layout/index.js';
import { themes, type Theme, type ThemeName } from '../theme/index.js';
import { arrowHead, esc, num, polylinePath, textMarkup } from './_markup.js';

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

interface Ctx {
  theme: Theme;
  lit: ReadonlySet<string>;
  context: ReadonlySet<string>;
  dimming: boolean;
}

const dimAttr = (ctx: Ctx, on: boolean) => (ctx.dimming && !on ? ` opacity="${num(ctx.theme.dimOpacity)}"` : '');

function boxMarkup(b: LayoutBox, children: ReadonlyMap<string, LayoutBox[]>, ctx: Ctx): string {
  const style = ctx.theme.kinds[b.kind];
  const lit = ctx.lit.has(b.id);
  const shown = lit || ctx.context.has(b.id);
  const dim = dimAttr(ctx, shown);
  const stroke = lit ? ` stroke="${ctx.theme.highlight}" stroke-width="3"` : ` stroke="${style.stroke}" stroke-width="${b.container ? 1.5 : 1}"`;
  const dash = b.collapsed === undefined ? '' : ' stroke-dasharray="5 3"';
  const rect = `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}" rx="${RADIUS[b.kind] ?? 5}" fill="${style.fill}"${stroke}${dash}${dim}/>`;
  const head =
    b.collapsed === undefined
      ? `<g data-id="${esc(b.id)}" data-kind="${b.kind}">${rect}<title>${esc(`${b.label.lines.join(' ')}: ${b.description}`)}</title>`
      : `<g data-collapsed-pods="${b.collapsed}" data-node="${esc(b.parent ?? '')}">${rect}<title>${esc(b.description)}</title>`;
  const icon = b.icon && b.collapsed === undefined ? `<g${dim}>${iconBadge(b.kind, b.icon.x, b.icon.y, ICON.size, { fill: b.container ? style.stroke : style.text, text: b.container ? '#ffffff' : style.stroke, fontFamily: ctx.theme.fontFamily })}</g>` : '';
  const label = textMarkup(b.label, style.text, dim);
  const inner = (children.get(b.id) ?? []).map((c) => boxMarkup(c, children, ctx)).join('');
  return `${head}${icon}${label}${inner}</g>`;
}

function render(layout: Layout, title: string, ctx: Ctx): string {
  const { theme } = ctx;
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
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(vb.x)} ${num(vb.y)} ${num(vb.w)} ${num(vb.h)}" width="${num(vb.w)}" height="${num(vb.h)}" role="img" font-family="${esc(theme.fontFamily)}" data-view="${layout.view}" data-theme="${theme.name}">`,
    `<title>${esc(title)}</title><desc>${esc(layout.description)}</desc>`,
    `<rect x="${num(vb.x)}" y="${num(vb.y)}" width="${num(vb.w)}" height="${num(vb.h)}" fill="${theme.background}"/>`,
  ];
  for (const n of layout.notes) out.push(textMarkup(n, theme.text));
  for (const l of layout.lifelines) {
    out.push(`<g data-lifeline="${esc(l.id)}"><line x1="${num(l.x)}" y1="${num(l.y1)}" x2="${num(l.x)}" y2="${num(l.y2)}" stroke="${theme.mutedText}" stroke-dasharray="4 4"/></g>`);
  }
  for (const r of roots) out.push(boxMarkup(r, children, ctx));
  for (const e of layout.edges) {
    const on = ctx.lit.has(e.id) || ctx.lit.has(e.from) || ctx.lit.has(e.to);
    const colour = ctx.dimming && on ? theme.highlight : theme.edge;
    const dim = dimAttr(ctx, on);
    const tip = e.description === undefined ? e.label : `${e.label}: ${e.description}`;
    out.push(
      `<g data-edge="${esc(e.id)}" data-from="${esc(e.from)}" data-to="${esc(e.to)}" data-kind="${e.kind}"${dim}>` +
        (tip === '' ? '' : `<title>${esc(tip)}</title>`) +
        `<path d="${polylinePath(e.points)}" fill="none" stroke="${colour}" stroke-width="${ctx.dimming && on ? 2.5 : 1.5}"/>` +
        `<path d="${arrowHead(e.points)}" fill="${colour}"/></g>`,
    );
  }
  for (const s of layout.steps) {
    const on = ctx.lit.has(s.from) || ctx.lit.has(s.to) || ctx.lit.has(`step-${s.index}`);
    const dim = dimAttr(ctx, on);
    out.push(
      `<g data-step="${s.index}" data-from="${esc(s.from)}" data-to="${esc(s.to)}"${dim}>` +
        `<path d="${polylinePath(s.points)}" fill="none" stroke="${theme.edge}" stroke-width="1.5"${s.reply ? ' stroke-dasharray="6 4"' : ''}/>` +
        `<path d="${arrowHead(s.points)}" fill="${theme.edge}"/>${textMarkup(s.text, theme.edgeText)}</g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
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
  const lit = new Set(opts.highlight);
  const byId = new Map(layout.boxes.map((b) => [b.id, b]));
  const context = new Set<string>();
  for (const id of lit) for (let b = byId.get(id); b?.parent !== undefined; b = byId.get(b.parent)) context.add(b.parent);
  const title = opts.title ?? `${layout.title}: ${layout.description.split(':')[0]}`;
  return render(layout, title, { theme, lit, context, dimming: lit.size > 0 });
}
