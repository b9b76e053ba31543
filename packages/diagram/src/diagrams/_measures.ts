import type { MeasureCache } from './types.js';

// Labels measured by earlier layouts. A label's lines and size depend only on its text, its style and
// the wrap width (the font metrics are fixed), so every picture of the same model, every view, fit
// and re-render after an edit, measures again only the labels it has not seen. Its lines are frozen
// (a layout hands them out as `readonly`): no caller can change what a later picture reads.
const SHARED: MeasureCache = new Map();

// About 4 MB of measured labels at most; past it the memo starts again empty.
const MOST_LABELS = 20_000;

// A picture of more elements than this brings mostly labels no other picture has (pod and container
// names): it measures into a cache of its own, dropped with it, and leaves the memo as it was.
const MOST_ELEMENTS = 2_000;

/** Where a layout of `elements` elements looks up and keeps its measured labels. */
export function measuresFor(elements: number): MeasureCache {
  if (elements > MOST_ELEMENTS) return new Map();
  let labels = 0;
  for (const at of SHARED.values()) labels += at.title.size + at.leaf.size;
  if (labels > MOST_LABELS) SHARED.clear();
  return SHARED;
}
