import { describe, expect, it } from 'vitest';
import { chooseCandidate, labelPx, shownScale, smallestFont, type Candidate } from './_fit.js';
import type { Layout } from './types.js';

const text = (size: number) => ({ lines: ['x'], x: 0, y: 0, size, weight: 'normal' as const, lineHeight: size, anchor: 'start' as const, width: 10 });
const picture = (w: number, h: number, sizes: number[]): Pick<Layout, 'boxes' | 'steps' | 'notes' | 'cycles' | 'viewBox'> => ({
  viewBox: { x: 0, y: 0, w, h },
  boxes: [],
  steps: [],
  cycles: [],
  notes: sizes.map(text),
});

describe('shownScale', () => {
  it('shownScale scales to the frame width when the frame has no height', () => {
    expect(shownScale({ w: 1290, h: 800 }, { width: 662 })).toBeCloseTo(662 / 1290);
  });
  it('shownScale takes the tighter side of a frame with a height', () => {
    expect(shownScale({ w: 1000, h: 1000 }, { width: 1136, height: 500 })).toBe(0.5);
    expect(shownScale({ w: 2000, h: 100 }, { width: 1000, height: 500 })).toBe(0.5);
  });
});

describe('smallestFont and labelPx', () => {
  it('smallestFont is the least label size; labelPx is it shown in the frame', () => {
    const p = picture(1200, 600, [16, 11, 13]);
    expect(smallestFont(p)).toBe(11);
    expect(labelPx(p, { width: 600 })).toBe(5.5);
  });
});

describe('chooseCandidate', () => {
  const c = (aspect: number): Candidate => ({ aspect, shape: {} });
  // A candidate's picture is as wide as 1000 over its aspect: a smaller aspect is narrower.
  const measure = (k: Candidate) => picture(1000 / k.aspect, 300, [12]);
  it('chooseCandidate takes the first candidate that keeps every label at the minimum', () => {
    const got = chooseCandidate([c(1), c(2), c(4), c(8)], measure, { width: 662 }, 12);
    expect(got.candidate.aspect).toBe(2);
    expect(got.fits).toBe(true);
    expect(got.labelPx).toBeGreaterThanOrEqual(12);
  });
  it('chooseCandidate falls back to the largest labels, the earliest of equals, when none fits', () => {
    const got = chooseCandidate([c(1), c(1.5), c(1.5)], measure, { width: 662 }, 12);
    expect(got.fits).toBe(false);
    expect(got.candidate).toEqual(c(1.5));
    expect(got.labelPx).toBeCloseTo(12 * 662 / (1000 / 1.5));
  });
  it('chooseCandidate names what it needs when given nothing to try', () => {
    expect(() => chooseCandidate([], measure, { width: 100 }, 12)).toThrow(/expected at least one layout shape/);
  });
});

describe('chooseCandidate with a bound', () => {
  const sizes: Record<number, number> = { 1: 400, 2: 300, 3: 350, 4: 100 };
  const cands: Candidate[] = [1, 2, 3, 4].map((n) => ({ aspect: n, shape: {} }));
  const measured: number[] = [];
  const measure = (c: Candidate) => {
    measured.push(c.aspect);
    return picture(sizes[c.aspect]!, 100, [12]);
  };
  const bound = (c: Candidate) => (12 * 200) / sizes[c.aspect]!;
  it('chooseCandidate lays out only candidates whose bound reaches the minimum, and chooses as without the bound', () => {
    const without = chooseCandidate(cands, measure, { width: 200 }, 12);
    measured.length = 0;
    expect(chooseCandidate(cands, measure, { width: 200 }, 12, bound)).toEqual(without);
    expect(measured).toEqual([4]);
  });
  it('chooseCandidate asks a candidate\'s rough stand-in first, and its own bound only when the stand-in does not rule it out', () => {
    const asked: number[] = [];
    // Stand-ins at 10 + n: the one of candidate 1 (400 px wide) is as tight as its own bound and rules
    // it out; those of 2 and 3 reach 13 px, short of ruling them out; their own bounds do.
    const rough = cands.map((c) => ({ ...c, rough: { aspect: 10 + c.aspect, shape: {} } }));
    const loose = (c: Candidate) => {
      asked.push(c.aspect);
      if (c.aspect < 10) return bound(c);
      return c.aspect === 11 ? bound(cands[0]!) : Math.max(13, bound(cands[c.aspect - 11]!));
    };
    const without = chooseCandidate(cands, measure, { width: 200 }, 12, bound);
    measured.length = 0;
    expect(chooseCandidate(rough, measure, { width: 200 }, 12, loose).candidate.aspect).toBe(without.candidate.aspect);
    expect(asked).toEqual([11, 12, 2, 13, 3, 14, 4]);
    expect(measured).toEqual([4]);
  });
  it('chooseCandidate with none fitting measures only candidates that could beat the best so far, and picks the same best', () => {
    const without = chooseCandidate(cands, measure, { width: 200 }, 30);
    measured.length = 0;
    const withBound = chooseCandidate(cands, measure, { width: 200 }, 30, bound);
    expect(withBound).toEqual(without);
    expect(withBound.candidate.aspect).toBe(4);
    // Candidate 3 (350 px wide) cannot beat candidate 2 (300 px wide): it is not laid out.
    expect(measured).toEqual([1, 2, 4]);
  });
  it('chooseCandidate measures the lone candidates of a roomy run outright, or bounds them first when told not to, choosing the same', () => {
    // A loose level bound: any run could be as narrow as 100 px, well over the minimum (24 px against 12).
    const level = () => 24;
    measured.length = 0;
    const roomy = chooseCandidate(cands, measure, { width: 200 }, 12, bound, level);
    expect(measured).toEqual([1, 2, 3, 4]);
    measured.length = 0;
    const bounded = chooseCandidate(cands, measure, { width: 200 }, 12, bound, level, false);
    expect(measured).toEqual([4]);
    expect(bounded).toEqual(roomy);
    expect(bounded.candidate.aspect).toBe(4);
  });
  it('chooseCandidate measures the last candidate of a run outright once its level bound let the run through and the others are ruled out, choosing the same', () => {
    // A tight level bound (13 px against 12): no run is roomy. Halved, [1, 2] and [3, 4] each pass it;
    // 1 and 3 are ruled out by their own bounds, and 2 and 4, left last, are laid out without theirs.
    const level = () => 13;
    measured.length = 0;
    const last = chooseCandidate(cands, measure, { width: 200 }, 12, bound, level);
    expect(measured).toEqual([2, 4]);
    measured.length = 0;
    const bounded = chooseCandidate(cands, measure, { width: 200 }, 12, bound, level, false);
    expect(measured).toEqual([4]);
    expect(last).toEqual(bounded);
    // A frame with a height: the level bound mixes the narrowest and the lowest shape; every candidate is bounded first.
    measured.length = 0;
    chooseCandidate(cands, measure, { width: 200, height: 2000 }, 12, bound, level);
    expect(measured).toEqual([4]);
  });
});
