import { textPatch } from './_text-patch.ts';
import { svgChildren, type MarkupChild } from './_svg-children.ts';

/**
 * `svgChildren(after)`, found from the children of `before` (`svgChildren(before)`): the children in
 * the text the two share at their start and end are kept, the very same objects, and only the span
 * that changed is split again. A keystroke changes one child of a picture's hundreds, so this
 * reads a few hundred characters where splitting `after` would read all of it; `undefined` where
 * `svgChildren(after)` is.
 */
export function svgChildrenAfter(before: string, children: readonly MarkupChild[], after: string): MarkupChild[] | undefined {
  if (before === after) return [...children];
  const { head, tail } = textPatch(before, after);
  const changedEnd = before.length - tail;
  const ends: number[] = [];
  let at = 0;
  for (const child of children) ends.push((at += child.text.length));
  if (at !== before.length) return svgChildren(after);
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
  const middle = svgChildren(after.slice(from, to));
  // A run of text ends at the next tag: where the next character is not one, the run goes on past `to`.
  if (!middle || (to < after.length && after[to] !== '<' && !middle[middle.length - 1]?.element)) return svgChildren(after);
  return [...children.slice(0, first), ...middle, ...children.slice(last + 1)];
}
