import { JSDOM } from 'jsdom';
import { measureText } from '../src/fonts/index.js';

/** A box read back from an SVG. */
export interface ParsedBox {
  id: string;
  kind: string;
  parent?: string;
  x: number;
  y: number;
  w: number;
  h: number;
  el: Element;
}

const n = (el: Element, a: string) => Number(el.getAttribute(a));

const { DOMParser } = new JSDOM('').window;

/** Parses an SVG string with a real XML parser; throws on malformed markup. */
export function parseSvg(svg: string): Element {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const err = parsed.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`malformed SVG: ${err.textContent}`);
  return parsed.documentElement;
}

/** Every element and collapsed-pods box with its rectangle and enclosing box. */
export function boxesOf(root: Element): ParsedBox[] {
  const out: ParsedBox[] = [];
  for (const g of Array.from(root.querySelectorAll('g[data-id], g[data-collapsed-pods]'))) {
    const rect = Array.from(g.children).find((c) => c.tagName !== 'title');
    if (!rect || rect.tagName !== 'rect') throw new Error(`element ${g.getAttribute('data-id')} does not start with its box`);
    let p = g.parentElement;
    while (p && !p.hasAttribute('data-id')) p = p.parentElement;
    const id = g.getAttribute('data-id') ?? `${g.getAttribute('data-node')}~more`;
    out.push({ id, kind: g.getAttribute('data-kind') ?? 'more', ...(p ? { parent: p.getAttribute('data-id')! } : {}), x: n(rect, 'x'), y: n(rect, 'y'), w: n(rect, 'width'), h: n(rect, 'height'), el: g });
  }
  return out;
}

/** The polyline of an edge path, its rounded corners put back as the corners they round. */
export function pathPoints(d: string): { x: number; y: number }[] {
  const pts: { x: number; y: number }[] = [];
  const re = /([MLA])([^MLAZ]*)/g;
  for (const m of d.matchAll(re)) {
    const nums = m[2]!.split(/[ ,]+/).filter(Boolean).map(Number);
    const p = { x: nums[nums.length - 2]!, y: nums[nums.length - 1]! };
    if (m[1] === 'A') {
      const a = pts[pts.length - 1]!;
      const b = pts[pts.length - 2];
      const horizontalIn = b ? Math.abs(b.y - a.y) < 0.01 : true;
      pts.push(horizontalIn ? { x: p.x, y: a.y } : { x: a.x, y: p.y });
    }
    pts.push(p);
  }
  return pts;
}

const inside = (p: { x: number; y: number }, b: ParsedBox, tol = 0.6) => p.x >= b.x - tol && p.x <= b.x + b.w + tol && p.y >= b.y - tol && p.y <= b.y + b.h + tol;
const onBorder = (p: { x: number; y: number }, b: ParsedBox) =>
  inside(p, b) && (Math.abs(p.x - b.x) < 0.6 || Math.abs(p.x - b.x - b.w) < 0.6 || Math.abs(p.y - b.y) < 0.6 || Math.abs(p.y - b.y - b.h) < 0.6);

function hits(a: { x: number; y: number }, b: { x: number; y: number }, r: ParsedBox): boolean {
  const e = 0.5;
  if (Math.abs(a.y - b.y) < 0.01) return a.y > r.y + e && a.y < r.y + r.h - e && Math.max(a.x, b.x) > r.x + e && Math.min(a.x, b.x) < r.x + r.w - e;
  return a.x > r.x + e && a.x < r.x + r.w - e && Math.max(a.y, b.y) > r.y + e && Math.min(a.y, b.y) < r.y + r.h - e;
}

/** Every way an SVG breaks the hard properties of the contract; empty when it keeps them all. */
export function problemsOf(svg: string): string[] {
  const problems: string[] = [];
  const root = parseSvg(svg);
  if (root.tagName !== 'svg') problems.push('root is not <svg>');
  if (!root.getAttribute('viewBox')) problems.push('no viewBox');
  if (root.getAttribute('role') !== 'img') problems.push('no role="img"');
  const kids = Array.from(root.children);
  if (kids[0]?.tagName !== 'title' || kids[1]?.tagName !== 'desc') problems.push('<title> and <desc> are not the first children');
  const ids = new Set(Array.from(root.querySelectorAll('[id]'), (el) => el.getAttribute('id')!));
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (['script', 'foreignObject', 'image', 'a'].includes(el.tagName)) problems.push(`forbidden <${el.tagName}>`);
    for (const a of Array.from(el.attributes)) {
      // A reference inside the same picture loads nothing; anything else could reach outside it.
      const local = el.tagName === 'use' && a.name === 'href' && a.value.startsWith('#') && ids.has(a.value.slice(1));
      if (/^on/i.test(a.name) || (/href$/i.test(a.name) && !local) || /url\(/i.test(a.value)) problems.push(`forbidden attribute ${a.name}="${a.value}"`);
    }
    if (el.tagName === 'use' && !el.hasAttribute('href')) problems.push('<use> without a same-document href');
  }
  const boxes = boxesOf(root);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const siblings = new Map<string | undefined, ParsedBox[]>();
  for (const b of boxes) siblings.set(b.parent, [...(siblings.get(b.parent) ?? []), b]);
  for (const list of siblings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const c = list[j]!;
        if (a.x < c.x + c.w && c.x < a.x + a.w && a.y < c.y + c.h && c.y < a.y + a.h) problems.push(`siblings ${a.id} and ${c.id} overlap`);
      }
    }
  }
  for (const b of boxes) {
    const p = b.parent === undefined ? undefined : byId.get(b.parent);
    if (p && !(b.x >= p.x && b.y >= p.y && b.x + b.w <= p.x + p.w && b.y + b.h <= p.y + p.h)) problems.push(`${b.id} is not inside ${p.id}`);
    // The label: the element's own <text>, measured with the shipped metrics.
    const text = Array.from(b.el.children).find((c) => c.tagName === 'text');
    if (!text) {
      problems.push(`${b.id} has no label`);
      continue;
    }
    const size = n(text, 'font-size');
    const bold = text.getAttribute('font-weight') === 'bold';
    const middle = text.getAttribute('text-anchor') === 'middle';
    // A one-line label is the text element itself; longer ones have a tspan per line.
    const lines = text.children.length > 0 ? Array.from(text.children) : [text];
    for (const span of lines) {
      const w = measureText(span.textContent ?? '', size, bold ? 'bold' : 'normal');
      const x = n(span, 'x') - (middle ? w / 2 : 0);
      const y = n(span, 'y');
      if (x < b.x - 0.01 || x + w > b.x + b.w + 0.01 || y - 0.93 * size < b.y || y + 0.24 * size > b.y + b.h) {
        problems.push(`label line "${span.textContent}" of ${b.id} leaves its box`);
      }
    }
  }
  const ancestors = (id: string) => {
    const out = new Set<string>();
    for (let b = byId.get(id); b; b = b.parent === undefined ? undefined : byId.get(b.parent)) out.add(b.id);
    return out;
  };
  for (const g of Array.from(root.querySelectorAll('g[data-edge]'))) {
    const from = g.getAttribute('data-from')!;
    const to = g.getAttribute('data-to')!;
    const a = byId.get(from);
    const b = byId.get(to);
    if (!a || !b) {
      problems.push(`edge ${g.getAttribute('data-edge')} ends at a missing box`);
      continue;
    }
    const path = g.querySelector('path');
    const pts = pathPoints(path?.getAttribute('d') ?? '');
    if (pts.length < 2) {
      problems.push(`edge ${g.getAttribute('data-edge')} has no path`);
      continue;
    }
    if (!onBorder(pts[0]!, a)) problems.push(`edge ${g.getAttribute('data-edge')} does not start on the border of ${from}`);
    if (!onBorder(pts[pts.length - 1]!, b)) problems.push(`edge ${g.getAttribute('data-edge')} does not end on the border of ${to}`);
    const allowed = new Set([...ancestors(from), ...ancestors(to)]);
    for (const box of boxes) {
      if (allowed.has(box.id)) continue;
      for (let i = 1; i < pts.length; i++) {
        if (hits(pts[i - 1]!, pts[i]!, box)) {
          problems.push(`edge ${g.getAttribute('data-edge')} passes through ${box.id}`);
          break;
        }
      }
    }
  }
  return problems;
}

/**
 * Pairs of edges that run along the same line for a stretch, other than a deliberate bus: edges
 * that leave the same box or enter the same box may share their trunk; with `anyEnd`, so may any
 * two edges that meet one box. Edges of `ignoreKinds` are not checked.
 */
export function sharedSegmentsOf(svg: string, options: { anyEnd?: boolean; ignoreKinds?: readonly string[] } = {}): string[] {
  const root = parseSvg(svg);
  const edges = Array.from(root.querySelectorAll('g[data-edge]')).map((g) => {
    const pts = pathPoints(g.querySelector('path')?.getAttribute('d') ?? '');
    const segs = pts.slice(1).map((p, i) => [pts[i]!, p] as const);
    return { id: g.getAttribute('data-edge')!, kind: g.getAttribute('data-kind')!, from: g.getAttribute('data-from')!, to: g.getAttribute('data-to')!, segs };
  });
  const out: string[] = [];
  const ignored = new Set(options.ignoreKinds ?? []);
  const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(Math.max(a0, a1), Math.max(b0, b1)) - Math.max(Math.min(a0, a1), Math.min(b0, b1));
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const e = edges[i]!;
      const f = edges[j]!;
      if (e.from === f.from || e.to === f.to) continue;
      if (options.anyEnd && (e.from === f.to || e.to === f.from)) continue;
      if (ignored.has(e.kind) || ignored.has(f.kind)) continue;
      let shared = false;
      for (const [a, b] of e.segs) {
        for (const [c, d] of f.segs) {
          const ev = Math.abs(a.x - b.x) < 0.01;
          const fv = Math.abs(c.x - d.x) < 0.01;
          if (ev && fv && Math.abs(a.x - c.x) < 1 && overlap(a.y, b.y, c.y, d.y) > 1) shared = true;
          if (!ev && !fv && Math.abs(a.y - b.y) < 0.01 && Math.abs(c.y - d.y) < 0.01 && Math.abs(a.y - c.y) < 1 && overlap(a.x, b.x, c.x, d.x) > 1) shared = true;
        }
      }
      if (shared) out.push(`${e.id} and ${f.id} share a segment`);
    }
  }
  return out;
}
