import { selectView, type Cluster } from '@kubegram/model';
import { DIAGRAM_TYPES, VIEW_DIAGRAMS } from '../diagrams/diagram-types.js';
import type { StepRange } from '../diagrams/types.js';
import { evenRuns } from './_even-runs.js';
import { labelPx, type Frame } from './_fit.js';
import { layoutView, type LayoutOptions } from './layout-view.js';

/** One frame of a story shown over several: its run of steps, and the elements those steps pass between. */
export interface StoryPage extends StepRange {
  /** Ids of the elements that send or receive a step of this run, in the order first met. */
  elements: string[];
}

/**
 * The fewest runs of a story view's steps whose pictures, each laid out for the frame, keep every
 * label at `minFontPx` or more: one run of every step when the view's diagram does not page, the
 * frame has no height or the story fits whole; when no split fits, the one whose labels come out
 * largest. Each run is then drawn with `toSvg(cluster, { ...options, steps: run })`.
 */
export function storyPages(cluster: Cluster, options: LayoutOptions): StoryPage[] {
  const view = options.view ?? 'overview';
  const count = selectView(cluster, view, options.node === undefined ? {} : { node: options.node }).view.steps?.length ?? 0;
  const fit = options.fit;
  const frame: Frame | undefined = typeof fit !== 'object' ? undefined : fit.height !== undefined ? { width: fit.width, height: fit.height } : fit.ratio !== undefined ? { width: fit.width, height: fit.width / fit.ratio } : undefined;
  const pageOf = (run: StepRange) => layoutView(cluster, { ...options, steps: run });
  const whole = { from: 1, to: count };
  if (count === 0) return [];
  if (!DIAGRAM_TYPES[VIEW_DIAGRAMS[view]].pages || frame === undefined) return [{ ...whole, elements: elementsOf(pageOf(whole).steps) }];
  const min = options.minFontPx ?? 12;
  let best: { px: number; pages: StoryPage[] } | undefined;
  for (let parts = 1; parts <= count; parts++) {
    const pages = evenRuns(count, parts).map((run) => ({ run, layout: pageOf(run) }));
    const px = Math.min(...pages.map((p) => labelPx(p.layout, frame)));
    const found = pages.map((p) => ({ ...p.run, elements: elementsOf(p.layout.steps) }));
    if (px >= min - 1e-9) return found;
    if (!best || px > best.px + 1e-9) best = { px, pages: found };
  }
  return best!.pages;
}

function elementsOf(steps: readonly { from: string; to: string }[]): string[] {
  const ids: string[] = [];
  for (const s of steps) for (const id of [s.from, s.to]) if (!ids.includes(id)) ids.push(id);
  return ids;
}
