import type { Candidate } from '../../layout/_fit.js';

/**
 * The structure view's candidates, in the order they are tried: at each level of detail, first the
 * worker grid for the frame, then a wider one with labels on fewer lines, then rows of parts folded into two, more worker rows, narrower labels,
 * the outside world under the cluster; then the cluster drawn tight.
 */
export function structureCandidates(aspect: number): Candidate[] {
  const out: Candidate[] = [];
  for (let detail = 0; detail <= 3; detail++) {
    const d = detail === 0 ? {} : { detail };
    out.push(
      { aspect, shape: { ...d } },
      // More worker columns, for a frame whose height is what binds.
      { aspect: aspect * 2, shape: { ...d } },
      { aspect: aspect * 2, shape: { ...d, wrap: 360 } },
      { aspect, shape: { ...d, foldRows: true } },
      { aspect: aspect / 2, shape: { ...d, foldRows: true } },
      { aspect: aspect / 2, shape: { ...d, foldRows: true, wrap: 110 } },
      { aspect: aspect / 2, shape: { ...d, foldRows: true, wrap: 110, outsideBelow: true } },
      { aspect: aspect / 4, shape: { ...d, foldRows: true, wrap: 90, outsideBelow: true } },
    );
  }
  // Last, the cluster drawn tight with every worker in a row, from full detail down: for a wide frame
  // short of height (a slide) that nothing above fits.
  for (let detail = 0; detail <= 3; detail++) out.push({ aspect: aspect * 2, shape: { ...(detail === 0 ? {} : { detail }), tight: true } });
  return out;
}
