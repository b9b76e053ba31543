import { badgeBody } from '../icons/_badge-body.js';
import { ICON } from '../layout/_text.js';
import type { LayoutBox, Point } from '../layout/index.js';
import { settle, type BoxGlue, type SvgContext } from './_context.js';
import { flat } from './_join.js';
import { esc, num, textMarkup } from './_markup.js';
import { hash } from './_paint.js';

const RADIUS: Partial<Record<LayoutBox['kind'], number>> = { cluster: 10, 'control-plane-node': 8, 'worker-node': 8, pod: 10, container: 4 };

// The start of the `<use>` of a kind's badge; its symbol joins the SVG the first time a kind and colour is met.
// The symbol's id hashes its markup, so two SVGs in one page that define the same id draw the same picture.
function badge(ctx: SvgContext, b: LayoutBox): string {
  const { kinds } = ctx;
  // Most boxes repeat a kind already met: its badge is found without building the colours' text again.
  const byKind = b.container ? kinds.containerIcons : kinds.leafIcons;
  let found = byKind.get(b.kind);
  if (found === undefined) {
    const fill = ctx.paint.symbolAttrs(b.container ? `${b.kind}-stroke` : `${b.kind}-text`);
    const text = ctx.paint.symbolAttrs(b.container ? 'badge-text' : `${b.kind}-stroke`);
    const key = `${b.kind}|${fill}|${text}`;
    found = kinds.icons.get(key);
    if (found === undefined) {
      const body = badgeBody(b.kind, ICON.size, fill, text);
      const id = `kg-icon-${b.kind}-${hash(body)}`;
      found = { symbol: flat(`<symbol id="${id}" overflow="visible">${body}</symbol>`), open: flat(`<use href="#${id}" aria-hidden="true"`), drawnIn: 0 };
      kinds.icons.set(key, found);
    }
    byKind.set(b.kind, found);
  }
  if (found.drawnIn !== ctx.picture) {
    found.drawnIn = ctx.picture;
    ctx.symbols.push(found.symbol);
  }
  return found.open;
}

// The paint of a box's rectangle, the same for every box of a kind: built once per kind and state.
function rectPaint(ctx: SvgContext, b: LayoutBox, lit: boolean): string {
  const { kinds } = ctx;
  // The usual box, neither lit nor in trouble, finds its paint by kind alone, without a key to build.
  const plain = !lit && b.state === undefined;
  const byKind = plain ? (b.container ? kinds.containerPaints : kinds.leafPaints) : undefined;
  const known = byKind?.get(b.kind);
  if (known !== undefined) return known;
  const key = `${b.kind}|${b.container}|${lit}|${b.state ?? ''}`;
  let attrs = kinds.paints.get(key);
  if (attrs === undefined) {
    const colours = ctx.paint.attrs(`${b.kind}-fill`, lit ? 'highlight' : (b.state ?? `${b.kind}-stroke`));
    // Trouble is a thicker outline in its own colour, dashed for a warning, so it shows without colour too.
    const trouble = b.state === undefined || lit ? '' : `${b.state === 'warning' ? ' stroke-dasharray="6 3"' : ''}`;
    attrs = flat(` rx="${RADIUS[b.kind] ?? 5}"${colours} stroke-width="${lit ? 3 : b.state !== undefined ? 2.5 : b.container ? 1.5 : 1}"${trouble}`);
    kinds.paints.set(key, attrs);
  }
  byKind?.set(b.kind, attrs);
  return attrs;
}

// The paint of a kind's label text, built once per kind.
function textPaint(ctx: SvgContext, b: LayoutBox): string {
  let attrs = ctx.kinds.textPaints.get(b.kind);
  if (attrs === undefined) ctx.kinds.textPaints.set(b.kind, (attrs = flat(ctx.paint.attrs(`${b.kind}-text`))));
  return attrs;
}

// The markup between a box's own values, the same for every box of a kind, state and dimming: built
// once and found again, so each box is written in fewer, longer pieces, which cost less to join.
function glue(ctx: SvgContext, b: LayoutBox, lit: boolean, dim: string): BoxGlue {
  const { kinds } = ctx;
  // The usual box, neither lit, dimmed nor in trouble, finds its glue by kind alone, without a key to build.
  const plain = !lit && dim === '' && b.state === undefined;
  const byKind = plain ? (b.container ? kinds.containerGlue : kinds.leafGlue) : undefined;
  let found = byKind?.get(b.kind);
  if (found !== undefined) return found;
  const key = `${b.kind}|${b.container}|${lit}|${b.state ?? ''}|${dim}`;
  found = kinds.glue.get(key);
  if (found === undefined) {
    // An `auto` paint names its colours in the order they are first met: the rectangle's, the
    // badge's, then the label's, as they are written.
    const rect = flat(`"${rectPaint(ctx, b, lit)}${dim}/><title>`);
    const badgeOpen = b.icon === undefined ? undefined : flat(`</title>${badge(ctx, b)} x="`);
    found = {
      open: flat(`" data-kind="${b.kind}"${b.state === undefined ? '' : ` data-state="${b.state}"`}><rect x="`),
      rect,
      badge: badgeOpen,
      badgeEnd: flat(`"${dim}/>`),
      badgeText: flat(`"${dim}/><text x="`),
      textPaint: flat(`${textPaint(ctx, b)}${dim}`),
      text: undefined,
    };
    kinds.glue.set(key, found);
  }
  byKind?.set(b.kind, found);
  return found;
}

// A one-line label's attributes after its position, kept with the glue while a kind's labels share them.
function labelGlue(g: BoxGlue, t: LayoutBox['label']): string {
  const known = g.text;
  if (known !== undefined && known.size === t.size && known.weight === t.weight && known.anchor === t.anchor) return known.markup;
  const markup = flat(`" font-size="${num(t.size)}"${t.weight === 'bold' ? ' font-weight="bold"' : ''}${t.anchor === 'middle' ? ' text-anchor="middle"' : ''}${g.textPaint}>`);
  g.text = { size: t.size, weight: t.weight, anchor: t.anchor, markup };
  return markup;
}

// A label of several lines, one `<tspan>` each, up to the closing `</text>`: its opening is the
// one-line label's attributes, kept with them, and its lines share the start of their tag. Written
// as `textMarkup` writes it, this was 0.3 to 0.4 µs a label, and a label wraps mostly in a
// picture fitted to a narrow frame, which would pay it for every wrapped label.
function linesMarkup(g: BoxGlue, t: LayoutBox['label'], memo: Map<string, string> | undefined): string {
  const attrs = labelGlue(g, t);
  const open = (g.text!.lines ??= flat(`<text${attrs.slice(1)}`));
  const tag = '<tspan x="' + num(t.x) + '" y="';
  let spans = '';
  for (let i = 0; i < t.lines.length; i++) spans += tag + num(t.y + i * t.lineHeight) + '">' + esc(t.lines[i]!, memo) + '</tspan>';
  return open + spans;
}

// A wrapped label's lines as one line, escaped, for its box's tooltip: found again for the same
// lines, which measured labels share from picture to picture, without joining and hashing them anew.
// A large picture (no memo) has lines no other picture shares: they are joined, not kept weakly.
function joinedLines(lines: readonly string[], memo: Map<string, string> | undefined): string {
  if (memo === undefined) return esc(lines.join(' '));
  let joined = JOINED.get(lines);
  if (joined === undefined) JOINED.set(lines, (joined = esc(lines.join(' '), memo)));
  return joined;
}

const JOINED = new WeakMap<readonly string[], string>();

// A box standing for the pods folded away on a node.
function collapsedMarkup(ctx: SvgContext, b: LayoutBox, lit: boolean, dim: string): string {
  const rect = `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.w)}" height="${num(b.h)}"${rectPaint(ctx, b, lit)}`;
  return `<g data-collapsed-pods="${b.collapsed}" data-node="${esc(b.parent ?? '', ctx.escaped)}">${rect} stroke-dasharray="5 3"${dim}/><title>${esc(b.description, ctx.escaped)}</title>${textMarkup(b.label, textPaint(ctx, b), dim, ctx.escaped)}`;
}

// The tooltip's end and the badge, placed at its corner, then `end`.
function badgeMarkup(ctx: SvgContext, b: LayoutBox, g: BoxGlue, at: Point, end: string): string {
  // Asked for every box: the badge's symbol joins this SVG the first time its kind is met.
  const open = badge(ctx, b);
  g.badge ??= flat(`</title>${open} x="`);
  // The position is made a short string of its own: short enough, the engine copies it into one
  // piece, where its three parts joined to the longer markup were a piece each.
  return g.badge + (num(at.x) + '" y="' + num(at.y)) + end;
}

/**
 * Writes a box's own markup, up to its contents: a box that holds none (`leaf`) and has a one-line
 * label ends its group in the same piece, and says so by returning true.
 */
export function openBox(b: LayoutBox, leaf: boolean, ctx: SvgContext): boolean {
  settle(ctx);
  const { out } = ctx;
  const lit = ctx.dimming && ctx.lit.has(b.id);
  const dim = ctx.dimming && !(lit || ctx.context.has(b.id)) ? ctx.dim : '';
  if (b.collapsed !== undefined) {
    out.push(collapsedMarkup(ctx, b, lit, dim));
    return false;
  }
  const g = glue(ctx, b, lit, dim);
  const t = b.label;
  // A one-line label is escaped once, for the tooltip and for the text.
  const line = t.lines.length === 1 ? esc(t.lines[0]!, ctx.escaped) : undefined;
  const head = `<g data-id="${esc(b.id, ctx.escaped)}${g.open}${num(b.x) + '" y="' + num(b.y)}${'" width="' + num(b.w)}${'" height="' + num(b.h)}${g.rect}${line ?? joinedLines(t.lines, ctx.escaped)}: ${esc(b.description, ctx.escaped)}`;
  if (line === undefined) {
    out.push(head + (b.icon === undefined ? '</title>' : badgeMarkup(ctx, b, g, b.icon, g.badgeEnd)) + linesMarkup(g, t, ctx.escaped) + (leaf ? '</text></g>' : '</text>'));
    return leaf;
  }
  // The badge's end and the label's start are one piece, and so is a leaf's end with its group's.
  const icon = b.icon === undefined ? '</title><text x="' : badgeMarkup(ctx, b, g, b.icon, g.badgeText);
  out.push(`${head}${icon}${num(t.x) + '" y="'}${num(t.y)}${labelGlue(g, t)}${line}${leaf ? '</text></g>' : '</text>'}`);
  return leaf;
}

/** Writes a box and, inside it, the boxes it contains. */
export function emitBox(b: LayoutBox, children: ReadonlyMap<string, LayoutBox[]>, ctx: SvgContext): void {
  const inner = children.get(b.id);
  if (openBox(b, inner === undefined, ctx)) return;
  if (inner) for (const c of inner) emitBox(c, children, ctx);
  ctx.out.push('</g>');
}
