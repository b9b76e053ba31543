import type { Candidate } from '../../layout/_fit.js';

/** The sequence view's candidates: lifelines packed closer, messages and names wrapped narrower. */
export function sequenceCandidates(aspect: number): Candidate[] {
  return [
    { aspect, shape: {} },
    { aspect, shape: { columnGap: 20, messageWrap: 180 } },
    { aspect, shape: { columnGap: 12, messageWrap: 140, wrap: 100 } },
    { aspect, shape: { columnGap: 8, messageWrap: 100, wrap: 80 } },
    { aspect, shape: { columnGap: 6, messageWrap: 72, wrap: 64, boxMin: 70 } },
    { aspect, shape: { columnGap: 4, messageWrap: 56, wrap: 52, boxMin: 60 } },
  ];
}
