import type { Candidate } from '../../layout/_fit.js';

/**
 * The sequence view's candidates: lifelines packed closer, messages and names wrapped narrower;
 * then messages set at the size of the names, wrapped wide for a frame short of height (a slide),
 * narrower after.
 */
export function sequenceCandidates(aspect: number): Candidate[] {
  return [
    { aspect, shape: {} },
    { aspect, shape: { columnGap: 20, messageWrap: 180 } },
    { aspect, shape: { columnGap: 12, messageWrap: 140, wrap: 100 } },
    { aspect, shape: { columnGap: 8, messageWrap: 100, wrap: 80 } },
    { aspect, shape: { columnGap: 6, messageWrap: 72, wrap: 64, boxMin: 70 } },
    { aspect, shape: { columnGap: 4, messageWrap: 56, wrap: 52, boxMin: 60 } },
    { aspect, shape: { columnGap: 12, messageWrap: 300, wrap: 100, boxMin: 80, stepSize: 12 } },
    { aspect, shape: { columnGap: 12, messageWrap: 220, wrap: 100, boxMin: 80, stepSize: 12 } },
    { aspect, shape: { columnGap: 8, messageWrap: 140, wrap: 90, boxMin: 70, stepSize: 12 } },
  ];
}
