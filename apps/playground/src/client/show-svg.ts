import { svgChildren, type MarkupChild } from './_svg-children.ts';
import { svgChildrenAfter } from './_svg-children-after.ts';

// Splits the markup shown before, then the new markup in the light of it.
type Split = (was: string, now: string) => [MarkupChild[] | undefined, MarkupChild[] | undefined];
type Splits = Map<string, MarkupChild[] | undefined>;

// Past this many changed children of one element, one parse of the element's new content and a
// walk over it costs less than parsing each changed child on its own.
const MANY_CHANGES = 16;

/**
 * Puts SVG markup into `host`, changing only what differs from the picture already there. Given
 * the markup shown before (`previous`), it compares the two texts element by element and parses
 * only the parts that changed: a keystroke changes a label or moves a few boxes, so on a picture
 * of thousands of elements nothing else is parsed, walked or laid out again. Without it, or when
 * the texts do not line up, it parses the whole markup and changes the elements that differ.
 * Elements that stay keep their focus and listeners.
 */
export function showSvg(host: HTMLElement, markup: string, previous?: string): void {
  const current = host.firstElementChild;
  if (current && host.childNodes.length === 1) {
    // The markup shown before was split into children when it came; those splits are kept with the
    // host until the next call, which finds them by the very strings it splits again, and splits
    // the new markup only where it differs from them.
    const before = lastSplits.get(host);
    const now: Splits = new Map();
    lastSplits.set(host, now);
    const split: Split = (was, markup) => {
      const a = before?.has(was) ? before.get(was) : svgChildren(was);
      const b = a ? svgChildrenAfter(was, a, markup) : svgChildren(markup);
      now.set(markup, b);
      return [a, b];
    };
    if (previous !== undefined && patchRoot(current, previous, markup, split)) return;
    const next = parse(markup).firstElementChild;
    if (next && current.nodeName === next.nodeName) return morph(current, next);
  }
  host.replaceChildren(parse(markup));
}

const lastSplits = new WeakMap<HTMLElement, Splits>();

function parse(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

// Parses markup that belongs inside an <svg>, so its elements get the SVG namespace.
function parseInner(inner: string): Element {
  return parse(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`).firstElementChild!;
}

function patchRoot(root: Element, previous: string, markup: string, split: Split): boolean {
  const [was, now] = split(previous, markup);
  const a = was?.length === 1 ? was[0]!.element : undefined;
  const b = now?.length === 1 ? now[0]!.element : undefined;
  if (!a || !b || a.name !== b.name || root.localName !== b.name) return false;
  if (a.tag !== b.tag) syncAttributes(root, parseInner(`${b.tag}</${b.name}>`).firstElementChild!);
  if (!patchChildren(root, a.inner, b.inner, split)) morph(root, parseInner(b.inner), false);
  return true;
}

// Brings the children of `el`, drawn from `was`, up to `now`; false when the two do not line up
// child for child, and the caller then rebuilds `el`'s content another way.
function patchChildren(el: Element, was: string, now: string, split: Split): boolean {
  if (was === now) return true;
  const [a, b] = split(was, now);
  const nodes = el.childNodes;
  if (!a || !b || a.length !== b.length || nodes.length !== a.length) return false;
  const changed = b.flatMap((child, i) => (child.text === a[i]!.text ? [] : [i]));
  if (changed.length > MANY_CHANGES) return false;
  for (const i of changed) {
    const [x, y, node] = [a[i]!.element, b[i]!.element, nodes[i]!];
    if (x && y && x.name === y.name && node instanceof Element && node.localName === y.name) {
      if (x.tag !== y.tag) syncAttributes(node, parseInner(`${y.tag}</${y.name}>`).firstElementChild!);
      if (!patchChildren(node, x.inner, y.inner, split)) morph(node, parseInner(y.inner), false);
      continue;
    }
    const fresh = parseInner(b[i]!.text);
    if (fresh.childNodes.length !== 1) return false;
    node.replaceWith(fresh.firstChild!);
  }
  return true;
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
