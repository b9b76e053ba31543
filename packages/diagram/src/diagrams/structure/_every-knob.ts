import type { LayoutShape } from '../types.js';

/**
 * A structure shape with every knob a fit sets, in one order, those it leaves alone undefined: the
 * shapes a fit reads are then objects of one layout to the engine, and reading a knob is one load.
 * Objects of a dozen layouts made each read a lookup (1 to 1.5 µs of a fit of the course overview).
 */
export function everyKnob(s: LayoutShape): LayoutShape {
  return { detail: s.detail, wrap: s.wrap, foldRows: s.foldRows, outsideBelow: s.outsideBelow, tight: s.tight, podsStacked: s.podsStacked, controlPlaneOnly: s.controlPlaneOnly, anyPodGrid: s.anyPodGrid };
}
