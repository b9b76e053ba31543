import type { Candidate } from '../../layout/_fit.js';
import type { LayoutShape } from '../types.js';
import { everyKnob } from './_every-knob.js';

// Each shape with the factor its worker grid's aspect takes of the frame's: one table, read by every
// fit, whose shape objects candidates share (they are never written to).
const SHAPES: readonly { k: number; shape: LayoutShape; rough?: LayoutShape }[] = (() => {
  const out: { k: number; shape: LayoutShape; rough?: LayoutShape }[] = [];
  for (let detail = 0; detail <= 3; detail++) {
    const d = detail === 0 ? {} : { detail };
    const natural = { ...d };
    const folded = { ...d, foldRows: true };
    const at110 = { ...d, foldRows: true, wrap: 110 };
    const below110 = { ...at110, outsideBelow: true };
    out.push(
      { k: 1, shape: natural },
      // More worker columns, for a frame whose height is what binds.
      { k: 2, shape: natural },
      { k: 2, shape: { ...d, wrap: 360 } },
      { k: 1, shape: folded },
      { k: 1 / 2, shape: folded },
      // While the node components are drawn, the control plane's row of four, folded in pairs of
      // labels a line of 110 holds, is what makes these wide: it alone is bounded first.
      { k: 1 / 2, shape: at110, ...(detail < 2 ? { rough: { ...at110, controlPlaneOnly: true } } : {}) },
      { k: 1 / 2, shape: below110, ...(detail < 2 ? { rough: { ...below110, controlPlaneOnly: true } } : {}) },
      // The narrowest: at full detail a pod stands taller than wide around its containers, and a
      // grid of them would widen to two columns; stacked in one, a node is as narrow as its rows and
      // a phone keeps the containers. Below it, pods are one line each and their grid is as the rows allow.
      { k: 1 / 4, shape: { ...d, foldRows: true, wrap: 90, outsideBelow: true, ...(detail === 0 ? { podsStacked: true } : {}) } },
    );
  }
  // Last, the cluster drawn tight with every worker in a row, from full detail down: for a wide frame
  // short of height (a slide) that nothing above fits.
  for (let detail = 0; detail <= 3; detail++) out.push({ k: 2, shape: { ...(detail === 0 ? {} : { detail }), tight: true } });
  // Then the nodes of one role drawn as one: a cluster of many nodes in a box nothing else fits.
  out.push({ k: 1, shape: { detail: 4 } }, { k: 2, shape: { detail: 4, tight: true } }, { k: 1 / 2, shape: { detail: 4, foldRows: true, wrap: 110, outsideBelow: true } });
  return out.map(({ k, shape, rough }) => (rough === undefined ? { k, shape: everyKnob(shape) } : { k, shape: everyKnob(shape), rough: everyKnob(rough) }));
})();

/**
 * The structure view's candidates, in the order they are tried: at each level of detail, first the
 * worker grid for the frame, then a wider one with labels on fewer lines, then rows of parts folded into two, more worker rows, narrower labels,
 * the outside world under the cluster (at full detail with each node's pods in one column); then the cluster drawn tight; then the nodes of one role drawn as one.
 */
export function structureCandidates(aspect: number): readonly Candidate[] {
  let known = BY_ASPECT.get(aspect);
  if (known === undefined) {
    // A site fits its pictures to a few frames, over and over: each frame's list is made once.
    if (BY_ASPECT.size >= 64) BY_ASPECT.clear();
    known = SHAPES.map(({ k, shape, rough }) => (rough === undefined ? { aspect: aspect * k, shape } : { aspect: aspect * k, shape, rough: { aspect: aspect * k, shape: rough } }));
    BY_ASPECT.set(aspect, known);
  }
  return known;
}

// The candidates of each aspect met so far: a search only reads them.
const BY_ASPECT = new Map<number, readonly Candidate[]>();
