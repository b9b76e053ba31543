import { textPatch } from './_text-patch.ts';
import { svgChildren, type MarkupChild } from './_svg-children.ts';
import { innerChildren, svgChildrenAfter } from './_svg-children-after.ts';

// Past this many changed children of one element, one parse of all the changed children costs
// less than parsing each on its own.
const MANY_CHANGES = 16;

// The markup each host shows and its split into children, for the next call to start from.
const shown = new WeakMap<HTMLElement, { markup: string; children: MarkupChild[] | undefined }>();

/**
 * Puts SVG markup into `host`, changing only what differs from the picture already there. Given
 * the markup shown before (`previous`), it finds where the two texts differ once, goes down the
 * split of the markup shown before to the elements that hold the change, and parses only those:
 * a keystroke changes a label or moves a few boxes, so on a picture of thousands of elements
 * nothing else is read, parsed, walked or laid out again. Without it, or when the texts do not
 * line up, it parses the whole markup and changes the elements that differ. Elements that stay
 * keep their focus and listeners.
 */
export function showSvg(host: HTMLElement, markup: string, previous?: string): void {
  const current = host.firstElementChild;
  const last = shown.get(host);
  shown.delete(host);
  if (current && host.childNodes.length === 1) {
    if (previous !== undefined) {
      const was = last?.markup === previous ? last.children : svgChildren(previous);
      const now = was && svgChildrenAfter(previous, was, markup, textPatch(previous, markup));
      if (was && now && patchRoot(current, was, now)) return void shown.set(host, { markup, children: now });
    }
    const next = parse(markup).firstElementChild;
    if (next && current.nodeName === next.nodeName) return morph(current, next);
  }
  host.replaceChildren(parse(markup));
}

function parse(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

// Parses markup that belongs inside an <svg>, so its elements get the SVG namespace.
function parseInner(inner: string): Element {
  return parse(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`).firstElementChild!;
}

function patchRoot(root: Element, was: readonly MarkupChild[], now: readonly MarkupChild[]): boolean {
  const [a, b] = [was.length === 1 ? was[0]! : undefined, now.length === 1 ? now[0]! : undefined];
  if (!a?.element || !b?.element || a.element.name !== b.element.name || root.localName !== b.element.name) return false;
  patchElement(root, a, b);
  return true;
}

// Brings an element, drawn from child `a`, up to child `b` of the same name.
function patchElement(node: Element, a: MarkupChild, b: MarkupChild): void {
  const [x, y] = [a.element!, b.element!];
  if (x.tag !== y.tag) syncAttributes(node, parseInner(`${y.tag}</${y.name}>`).firstElementChild!);
  if (x.inner === y.inner) return;
  const [was, now] = [innerChildren(a), innerChildren(b)];
  if (!was || !now || !patchChildren(node, was, now)) morph(node, parseInner(y.inner), false);
}

// Brings the children of `el`, drawn from `was`, up to `now`; false when the element's children do
// not line up with `was`, and the caller then rebuilds `el`'s content another way. A child that the
// change left alone is the same object in both, so finding the changed ones compares no text. A few
// changed children are each brought up to date where they stand, keeping the elements that stay.
function patchChildren(el: Element, was: readonly MarkupChild[], now: readonly MarkupChild[]): boolean {
  const nodes = el.childNodes;
  if (nodes.length !== was.length) return false;
  const changed: number[] = [];
  if (was.length === now.length) {
    for (let i = 0; i < now.length && changed.length <= MANY_CHANGES; i++) if (!same(was[i]!, now[i]!)) changed.push(i);
  }
  if (was.length !== now.length || changed.length > MANY_CHANGES) return replaceSpan(el, was, now);
  for (const i of changed) {
    const [a, b, node] = [was[i]!, now[i]!, nodes[i]!];
    if (a.element && b.element && a.element.name === b.element.name && node instanceof Element && node.localName === b.element.name) {
      patchElement(node, a, b);
      continue;
    }
    const fresh = parseInner(b.text);
    if (fresh.childNodes.length !== 1) return false;
    node.replaceWith(fresh.firstChild!);
  }
  return true;
}

const same = (a: MarkupChild, b: MarkupChild) => a === b || a.text === b.text;

// Many changed children, or children added or taken away (a label that widens the cluster moves
// every node; a new node adds its edges): the span from the first child that differs to the last is
// parsed in one go and replaces the span shown. Brought up to date attribute by attribute instead,
// the elements of a 100-node picture took several times as long.
function replaceSpan(el: Element, was: readonly MarkupChild[], now: readonly MarkupChild[]): boolean {
  let head = 0;
  while (head < was.length && head < now.length && same(was[head]!, now[head]!)) head++;
  let tail = 0;
  while (tail < was.length - head && tail < now.length - head && same(was[was.length - 1 - tail]!, now[now.length - 1 - tail]!)) tail++;
  const middle = now.slice(head, now.length - tail);
  // The split's text runs are whole, so no two of its children merge into one node when parsed.
  const fresh = [...parseInner(middle.map((c) => c.text).join('')).childNodes];
  if (fresh.length !== middle.length) return false;
  const old = [...el.childNodes].slice(head, was.length - tail);
  el.insertBefore(fragmentOf(fresh), old[0] ?? el.childNodes[head] ?? null);
  for (const node of old) node.remove();
  return true;
}

function fragmentOf(nodes: readonly Node[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...nodes);
  return fragment;
}

function syncAttributes(from: Element, to: Element): void {
  for (const { name } of [...from.attributes]) if (!to.hasAttribute(name)) from.removeAttribute(name);
  for (const { name, value } of [...to.attributes]) if (from.getAttribute(name) !== value) from.setAttribute(name, value);
}

// Makes `from` like `to`, reusing the nodes that match; with `attributes` false, only its content.
function morph(from: Element, to: Element, attributes = true): void {
  if (attributes) syncAttributes(from, to);
  const old = [...from.childNodes];
  const fresh = [...to.childNodes];
  fresh.forEach((node, i) => {
    const here = old[i];
    if (!here) from.append(node);
    else if (here.nodeType !== node.nodeType || here.nodeName !== node.nodeName) here.replaceWith(node);
    else if (here instanceof Element) morph(here, node as Element);
    else if (here.nodeValue !== node.nodeValue) here.nodeValue = node.nodeValue;
  });
  for (let i = fresh.length; i < old.length; i++) old[i]!.remove();
}
