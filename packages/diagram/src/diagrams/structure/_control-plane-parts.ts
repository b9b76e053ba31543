import type { BodyOptions } from '../types.js';
import type { BoundParts } from './_bound-sizes.js';
import { levelOf } from './_level-tree.js';
import { nodeFrame } from './_node-frame.js';
import { tallyActors } from './_tally-actors.js';
import type { WorkTree } from './_tree.js';
import { labelsAt, measureIn, type Work } from './_work.js';

/**
 * What a bound reads of the control plane alone at a wrap (`LayoutShape.controlPlaneOnly`), from a
 * tree the fit has measured at another: the control-plane nodes' labels are measured at this wrap
 * for their frame and then given back, so the tree is left as the fit's last shape measured it.
 * Measuring the whole tree again, workers and all, cost as much as the shape's own bound.
 */
export function controlPlaneParts(tree: WorkTree, opts: BodyOptions, detail: number, wrap: number | undefined, fold: boolean, stacked: boolean): BoundParts {
  const level = levelOf(tree, opts.built, detail);
  const works: Work[] = [];
  for (const n of level.cp) within(n, works);
  const kept = works.map((w) => w.text);
  const cache = opts.measures ?? new Map();
  const at = labelsAt(cache, wrap);
  try {
    for (const w of works) w.text = measureIn(cache, at, w.label, w.container ? 'title' : 'leaf', wrap);
    const cp = level.cp.length === 0 ? { w: 0, h: 0 } : nodeFrame(level.cp, opts.icons, fold, level.cpParts, stacked);
    // No workers, outside world or cluster title: sizes none of them would make smaller. The smallest
    // font is the whole picture's, which is no larger than its control plane's.
    return { cp: { n: level.cp.length, w: cp.w, h: cp.h }, workers: { n: 0, w: 0, h: 0 }, titleH: 0, titleW: 0, actors: NO_ACTORS, font: level.font, exact: false };
  } finally {
    for (let i = 0; i < works.length; i++) works[i]!.text = kept[i]!;
  }
}

const NO_ACTORS = tallyActors([]);

// A box and every box inside it, in tree order.
function within(w: Work, out: Work[]): void {
  out.push(w);
  for (const c of w.children) within(c, out);
}
