import type { Candidate } from '../../layout/_fit.js';

/** The loop view's candidates: the steps listed narrower, names wrapped, the slots closer together. */
export function loopCandidates(aspect: number): Candidate[] {
  return [
    { aspect, shape: {} },
    { aspect, shape: { messageWrap: 400, wrap: 110, boxMin: 90 } },
    { aspect, shape: { messageWrap: 320, wrap: 90, boxMin: 76, columnGap: 48 } },
    { aspect, shape: { messageWrap: 260, wrap: 76, boxMin: 64, columnGap: 40 } },
  ];
}
