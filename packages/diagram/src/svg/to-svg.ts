import type { Cluster } from '@kubegram/model';
import { badgeBody } from '../icons/_badge-body.js';
import { ICON, textBox } from '../layout/_text.js';
import { layoutView, type Layout, type LayoutBox, type LayoutOptions, type TextBlock } from '../layout/index.js';
import { themes, type KindStyle, type Theme, type ThemeName } from '../theme/index.js';
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
  dim: string;
  /** The opening of the `<use>` that places each kind and colour of icon badge, by kind and colours. */
  icons: Map<string, string>;
  /** One `<symbol>` per kind and colour of icon badge, drawn once and placed with `<use>`. */
  symbols: string[];
  paints: Map<string, string>;
  /** Where the markup goes, piece by piece, joined once at the end. */
  out: string[];
  /** Where the pieces not yet merged into a chunk start in `out`. */
  loose: number;
}

// Pieces per chunk: chunks of tens of kilobytes stay ordinary heap objects; much larger ones get
// fresh memory of their own each time, which measured slower.
const CHUNK = 256;

// Merges the latest pieces into one flat chunk, so the many short-lived pieces die young instead
// of being carried through every collection until the final join.
function settle(ctx: Ctx): void {
  const { out } = ctx;
  if (out.length - ctx.loose < CHUNK) return;
  const chunk = out.slice(ctx.loose).join('');
  out.length = ctx.loose;
  out.push(chunk);
  ctx.loose = out.length;
}

// FNV-1a over the symbol's markup: an id that changes whenever anything drawn in it changes, so two
// SVGs in one page that define the same id always define the same picture.
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// The start of the `<use>` of a kind's badge; its symbol is drawn the first time a kind and colour is met.
function badge(ctx: Ctx, b: LayoutBox, style: KindStyle): string {
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
function paint(ctx: Ctx, b: LayoutBox, style: KindStyle, lit: boolean): string {
  const key = `${b.kind}|${b.container}|${lit}`;
  let attrs = ctx.paints.get(key);
  if (attrs === undefined) {
    const stroke = lit ? ` stroke="${ctx.theme.highlight}" stroke-width="3"` : ` stroke="${style.stroke}" stroke-width="${b.container ? 1.5 : 1}"`;
    attrs = ` rx="${RADIUS[b.kind] ?? 5}" fill="${style.fill}"${stroke}`;
    ctx.paints.set(key, attrs);
  }
  return attrs;
}

function emitBox(b: LayoutBox, children: ReadonlyMap<string, LayoutBox[]>, ctx: Ctx): void {
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

// A backdrop the colour of the page behind a label, so lifelines and arrows never run through the text.
function backdrop(t: TextBlock, fill: string): string {
  const b = textBox(t);
  const pad = 3;
  return `<rect x="${num(b.x - pad)}" y="${num(b.y - pad / 2)}" width="${num(b.w + 2 * pad)}" height="${num(b.h + pad)}" rx="3" fill="${fill}" fill-opacity="0.9"/>`;
}

function render(layout: Layout, title: string, ctx: Ctx): string {
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
    `<title>${esc(title)}</title><desc>${esc(layout.description)}</desc>\n`,
    '',
    `<rect x="${num(vb.x)}" y="${num(vb.y)}" width="${num(vb.w)}" height="${num(vb.h)}" fill="${theme.background}"/>`,
  );
  // The symbols are known only once every box is drawn; their slot waits right after the description.
  const defsAt = out.length - 2;
  ctx.loose = out.length;
  for (const n of layout.notes) out.push('\n', textMarkup(n, theme.text));
  for (const l of layout.lifelines) {
    out.push(`\n<g data-lifeline="${esc(l.id)}"><line x1="${num(l.x)}" y1="${num(l.y1)}" x2="${num(l.x)}" y2="${num(l.y2)}" stroke="${theme.mutedText}" stroke-dasharray="4 4"/></g>`);
  }
  for (const r of roots) {
    out.push('\n');
    emitBox(r, children, ctx);
  }
  const plain = { colour: theme.edge, width: '1.5' };
  const strong = { colour: theme.highlight, width: '2.5' };
  for (const e of layout.edges) {
    settle(ctx);
    const on = ctx.lit.has(e.id) || ctx.lit.has(e.from) || ctx.lit.has(e.to);
    const look = ctx.dimming && on ? strong : plain;
    const tip = e.description === undefined ? e.label : `${e.label}: ${e.description}`;
    out.push(
      `\n<g data-edge="${esc(e.id)}" data-from="${esc(e.from)}" data-to="${esc(e.to)}" data-kind="${e.kind}"${ctx.dimming && !on ? ctx.dim : ''}>${tip === '' ? '' : `<title>${esc(tip)}</title>`}` +
        `<path d="${polylinePath(e.points)}" fill="none" stroke="${look.colour}" stroke-width="${look.width}"/><path d="${arrowHead(e.points)}" fill="${look.colour}"/></g>`,
    );
  }
  for (const c of layout.cycles) {
    out.push(`\n<g data-cycle="${esc(c.around)}"${ctx.dimming && !ctx.lit.has(c.around) ? ctx.dim : ''}>`);
    for (const p of c.phases) {
      out.push(
        `<g data-phase="${esc(p.name)}" data-steps="${p.steps.join(' ')}">`,
        `<path d="${polylinePath(p.points)}" fill="none" stroke="${theme.highlight}" stroke-width="2"/>`,
        `<path d="${arrowHead(p.points, 9)}" fill="${theme.highlight}"/>`,
        backdrop(p.text, theme.background),
        textMarkup(p.text, theme.highlight, ' font-weight="bold"'),
        '</g>',
      );
    }
    out.push('</g>');
  }
  for (const s of layout.steps) {
    const on = ctx.lit.has(s.from) || ctx.lit.has(s.to) || ctx.lit.has(`step-${s.index}`);
    out.push(
      `\n<g data-step="${s.index}" data-from="${esc(s.from)}" data-to="${esc(s.to)}"${ctx.dimming && !on ? ctx.dim : ''}>`,
      `<path d="${polylinePath(s.points)}" fill="none" stroke="${theme.edge}" stroke-width="1.5"${s.reply ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<path d="${arrowHead(s.points)}" fill="${theme.edge}"/>`,
      backdrop(s.text, theme.background),
      textMarkup(s.text, theme.edgeText),
      '</g>',
    );
  }
  out.push('\n</svg>');
  if (ctx.symbols.length > 0) out[defsAt] = `<defs>${ctx.symbols.join('')}</defs>\n`;
  return out.join('');
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
  const context = new Set<string>();
  // The boxes around a highlighted one stay undimmed; only a highlight needs the lookup.
  const byId = lit.size > 0 ? new Map(layout.boxes.map((b) => [b.id, b])) : new Map<string, LayoutBox>();
  for (const id of lit) for (let b = byId.get(id); b?.parent !== undefined; b = byId.get(b.parent)) context.add(b.parent);
  const title = opts.title ?? `${layout.title}: ${layout.description.split(':')[0]}`;
  return render(layout, title, { theme, lit, context, dimming: lit.size > 0, dim: ` opacity="${num(theme.dimOpacity)}"`, icons: new Map(), symbols: [], paints: new Map(), out: [], loose: 0 });
}
