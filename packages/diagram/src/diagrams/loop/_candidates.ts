import type { Candidate } from '../../layout/_fit.js';
import type { LayoutShape } from '../types.js';

// The loop drawn tighter: the workloads in a row under the ring, names wrapped, the ring closer.
const COMPACT: LayoutShape = { workloadsBelow: true, wrap: 100, boxMin: 80, ringRoom: 64, columnGap: 36 };

// Steps listed under the ring suit a narrow frame, beside it a wide one; the list's text is set at
// the size of the names when that is what keeps it readable.
const BELOW: readonly LayoutShape[] = [
  { ...COMPACT, messageWrap: 480 },
  { ...COMPACT, messageWrap: 360, stepSize: 12 },
];
const BESIDE: readonly LayoutShape[] = [
  { ...COMPACT, stepsBeside: true, columnGap: 28, messageWrap: 240 },
  { ...COMPACT, stepsBeside: true, columnGap: 28, messageWrap: 220, stepSize: 12 },
];

/** The loop view's candidates: the steps listed narrower, then the compact loop with its steps under or, for a wide frame, beside the ring. */
export function loopCandidates(aspect: number): Candidate[] {
  const natural: LayoutShape[] = [
    {},
    { messageWrap: 400, wrap: 110, boxMin: 90 },
    { messageWrap: 320, wrap: 90, boxMin: 76, columnGap: 48 },
    { messageWrap: 260, wrap: 76, boxMin: 64, columnGap: 40 },
  ];
  const compact = aspect >= 1.8 ? [...BESIDE, ...BELOW] : [...BELOW, ...BESIDE];
  return [...natural, ...compact].map((shape) => ({ aspect, shape }));
}
