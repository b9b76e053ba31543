import { textPatch } from './_text-patch.ts';
import { svgChildAt, svgChildren, type MarkupChild } from './_svg-children.ts';

/** Where two texts differ: the characters they share at their start and at their end. */
export interface TextChange {
  head: number;
  tail: number;
}

// The children of an element child's inner markup, split once and kept with the child: a child
// that a keystroke leaves alone is the same object in the next picture's split, its split with it.
const inners = new WeakMap<MarkupChild, MarkupChild[] | undefined>();

/** `svgChildren` of an element child's inner markup, split at most once per child. */
export function innerChildren(child: MarkupChild): MarkupChild[] | undefined {
  if (!inners.has(child)) inners.set(child, child.element ? svgChildren(child.element.inner) : undefined);
  return inners.get(child);
}

/**
 * `svgChildren(after)`, found from the children of `before` (`svgChildren(before)`): the children in
 * the text the two share at their start and end are kept, the very same objects, and only the span
 * that changed is split again. A change inside one element's content, or one that runs into the
 * content of a later element (a picture's title and its cluster's label), goes down into that
 * element's own children (`innerChildren`), so a label typed deep in a picture of half a million
 * characters reads a few thousand of them, not the whole picture at each level above the label. `change` is
 * `textPatch(before, after)` when the caller knows it; `undefined` where `svgChildren(after)` is.
 */
export function svgChildrenAfter(before: string, children: readonly MarkupChild[], after: string, change: TextChange = textPatch(before, after)): MarkupChild[] | undefined {
  if (before === after) return [...children];
  const { head, tail } = change;
  const changedEnd = before.length - tail;
  const ends: number[] = [];
  let at = 0;
  for (const child of children) ends.push((at += child.text.length));
  if (at !== before.length) return svgChildren(after);
  const inside = insideOne(before, children, ends, after, head, changedEnd);
  if (inside) return inside;
  // The first child that reaches into the change, and one more before it: where that one starts,
  // both texts split alike whatever the change does to the child after it.
  let first = 0;
  while (first < children.length && ends[first]! <= head) first++;
  first = Math.max(0, first - 1);
  // The last child that starts inside the change; the children after it lie in the shared end.
  let last = children.length - 1;
  while (last >= 0 && (last === 0 ? 0 : ends[last - 1]!) >= changedEnd) last--;
  const from = first === 0 ? 0 : ends[first - 1]!;
  const to = (last < 0 ? 0 : ends[last]!) + after.length - before.length;
  if (last < first || to < from) return svgChildren(after);
  const across = intoLast(children[last]!, after, from, to);
  if (across) return [...children.slice(0, first), ...across, ...children.slice(last + 1)];
  const middle = svgChildren(after.slice(from, to));
  // A run of text ends at the next tag: where the next character is not one, the run goes on past `to`.
  if (!middle || (to < after.length && after[to] !== '<' && !middle[middle.length - 1]?.element)) return svgChildren(after);
  return [...children.slice(0, first), ...middle, ...children.slice(last + 1)];
}

// When the change lies inside the content of one element child, leaving its start and end tags
// alone: that child rebuilt around its content, split anew from its own children.
function insideOne(before: string, children: readonly MarkupChild[], ends: readonly number[], after: string, head: number, changedEnd: number): MarkupChild[] | undefined {
  let i = 0;
  while (i < children.length && ends[i]! <= head) i++;
  const child = children[i];
  if (!child) return undefined;
  const start = ends[i]! - child.text.length;
  const rebuilt = rebuild(child, after.slice(start, ends[i]! + after.length - before.length), head - start, changedEnd - start);
  if (!rebuilt) return undefined;
  const out = children.slice();
  out[i] = rebuilt;
  return out;
}

// When the change runs from earlier children into the content of the last child it reaches, an
// element (a picture's title and the label of the cluster that holds every other box): the new
// text from `from` up to that element is split afresh, and the element, found where its start tag
// stands, is rebuilt around its content rather than split whole. The children for `after[from, to)`.
function intoLast(last: MarkupChild, after: string, from: number, to: number): MarkupChild[] | undefined {
  const tag = last.element?.tag;
  if (!tag || last.text.length === tag.length) return undefined;
  const lead: MarkupChild[] = [];
  for (let at = from; at < to; ) {
    if (after.startsWith(tag, at)) {
      const text = after.slice(at, to);
      const { head, tail } = textPatch(last.text, text);
      const rebuilt = rebuild(last, text, head, last.text.length - tail);
      if (rebuilt) return [...lead, rebuilt];
    }
    const child = svgChildAt(after, at);
    if (!child || at + child.text.length > to) return undefined;
    lead.push(child);
    at += child.text.length;
  }
  return undefined;
}

// `child` with its text now `text`, which differs from its text before only in [head, changedEnd)
// of that one, when that span lies inside its content: its start and end tags stand, and its new
// content still splits into whole children, so the element ends where `text` ends.
function rebuild(child: MarkupChild, text: string, head: number, changedEnd: number): MarkupChild | undefined {
  const element = child.element;
  if (!element || child.text.length === element.tag.length) return undefined;
  const [innerStart, innerEnd] = [element.tag.length, element.tag.length + element.inner.length];
  if (head < innerStart || changedEnd > innerEnd) return undefined;
  const kids = innerChildren(child);
  const inner = text.slice(innerStart, innerEnd + text.length - child.text.length);
  const now = kids && svgChildrenAfter(element.inner, kids, inner, { head: head - innerStart, tail: innerEnd - changedEnd });
  if (!now) return undefined;
  const rebuilt: MarkupChild = { text, element: { name: element.name, tag: element.tag, inner } };
  inners.set(rebuilt, now);
  return rebuilt;
}
