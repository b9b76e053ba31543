import type { LayoutShape } from '../diagrams/types.js';
import { labelPx, shownScale } from './label-px.js';
import type { Layout } from './types.js';

export { labelPx, shownScale, smallestFont } from './label-px.js';

/** The box a picture is shown in, in CSS pixels: a width, and a height when the box has one. */
export interface Frame {
  width: number;
  height?: number;
}

/** One way to lay a view out: the worker grid's target shape and the other knobs. */
export interface Candidate {
  /** Width over height the worker grid is shaped for. */
  aspect: number;
  shape: LayoutShape;
  /**
   * A stand-in whose bound is a looser upper limit on this candidate's labels, cheaper to find: a
   * search asks it first and asks the candidate's own bound only when the stand-in's does not rule it out.
   */
  rough?: Candidate;
}

/** The largest a label can be drawn in the frame for a picture at least `width` by `height` whose smallest font is `font`. */
export function boundPx(bound: { width: number; height: number; font: number }, frame: Frame): number {
  return bound.font === Infinity ? Infinity : bound.font * shownScale({ w: bound.width, h: bound.height }, frame);
}

// How far over the minimum a run's level bound must be for its lone candidates to be measured
// without their own bound first (when the caller allows it): such a run most likely fits, and the
// choice is the same (a bound being an upper limit), only the work done differs.
const ROOMY = 1.25;

/** What the search settled on: the candidate, and whether its labels reach the minimum size. */
export interface FitChoice {
  candidate: Candidate;
  fits: boolean;
  labelPx: number;
}

/** Consecutive candidates at one level of detail, in order: the runs a level bound passes over at once. */
export function levelsOf(candidates: readonly Candidate[]): readonly (readonly Candidate[])[] {
  // A diagram type hands out one list per frame shape (`structureCandidates`): its runs are found once.
  const known = LEVELS.get(candidates);
  if (known !== undefined) return known;
  const runs: Candidate[][] = [];
  for (const c of candidates) {
    const last = runs.at(-1);
    if (last && (last[0]!.shape.detail ?? 0) === (c.shape.detail ?? 0)) last.push(c);
    else runs.push([c]);
  }
  LEVELS.set(candidates, runs);
  return runs;
}

const LEVELS = new WeakMap<readonly Candidate[], readonly (readonly Candidate[])[]>();

// A run's two halves, made once: the runs of a list are its own for as long as it lives, so a
// search over them reads the same arrays fit after fit, and whatever a level bound keeps of a run
// (the shapes it reads, their loosest) is found again.
function halvesOf(run: readonly Candidate[]): readonly [readonly Candidate[], readonly Candidate[]] {
  let halves = HALVES.get(run);
  if (halves === undefined) {
    const half = Math.ceil(run.length / 2);
    HALVES.set(run, (halves = [run.slice(0, half), run.slice(half)]));
  }
  return halves;
}

const HALVES = new WeakMap<readonly Candidate[], readonly [readonly Candidate[], readonly Candidate[]]>();

/** The shapes of a run of candidates, in order: one array per run, found again by every search over it. */
export function shapesOf(run: readonly Candidate[]): readonly LayoutShape[] {
  let shapes = SHAPES.get(run);
  if (shapes === undefined) SHAPES.set(run, (shapes = run.map((c) => c.shape)));
  return shapes;
}

const SHAPES = new WeakMap<readonly Candidate[], readonly LayoutShape[]>();

/**
 * Tries the candidates in order and takes the first whose smallest label, shown in the frame, is at
 * least `minFontPx`; when none is, the one whose labels come out largest (the earliest of equals).
 * With `bound`, a cheap upper limit on a candidate's label size, candidates that cannot reach the
 * minimum are passed over unmeasured, and when none fits only those that could beat the best so
 * far are measured: the choice is the same, found sooner. With `levelBound`, an upper limit for
 * any run of consecutive candidates at one level of detail, a run that cannot reach the minimum is
 * passed over without bounding each of its candidates. With `measureRoomy`, the lone candidates of
 * a run whose level bound is well over the minimum are measured without their own bound first, and
 * so, in a frame with only a width, is the last of a run its level bound let through once the
 * others are ruled out: worth it where measuring costs about what bounding does.
 */
export function chooseCandidate(
  candidates: readonly Candidate[],
  measure: (c: Candidate) => Pick<Layout, 'boxes' | 'steps' | 'notes' | 'cycles' | 'viewBox'>,
  frame: Frame,
  minFontPx: number,
  bound?: (c: Candidate) => number,
  levelBound?: (run: readonly Candidate[]) => number,
  measureRoomy = true,
): FitChoice {
  const measured = new Map<Candidate, number>();
  const pxOf = (c: Candidate) => {
    let px = measured.get(c);
    if (px === undefined) measured.set(c, (px = labelPx(measure(c), frame)));
    return px;
  };
  const levels = bound && levelBound ? levelsOf(candidates) : [candidates];
  // The first candidate that fits, in order: a run its level bound keeps under the minimum is passed
  // over whole; any other is halved, so a level whose one fitting shape comes last costs a few bounds.
  const firstFit = (run: readonly Candidate[], roomy = false): FitChoice | undefined => {
    if (run.length > 1 && levelBound) {
      const px = levelBound(run);
      if (px < minFontPx - 1e-9) return undefined;
      const halves = halvesOf(run);
      const first = halves[0];
      const second = halves[1];
      const wide = measureRoomy && px >= ROOMY * minFontPx;
      // In a frame with only a width, the level bound is its narrowest shape's width, and a run's
      // narrowest shape is its last: the last candidate of a run the bound lets through, the others
      // ruled out, most likely fits, and is measured outright where placing costs about what
      // bounding does. With a height the bound mixes two shapes, and is looser.
      return firstFit(first, wide) ?? firstFit(second, wide || (measureRoomy && frame.height === undefined && second.length === 1));
    }
    for (const candidate of run) {
      if (!roomy && ruledOut(candidate, bound!, (px) => px < minFontPx - 1e-9)) continue;
      const px = pxOf(candidate);
      if (px >= minFontPx - 1e-9) return { candidate, fits: true, labelPx: px };
    }
    return undefined;
  };
  if (bound) {
    for (const run of levels) {
      const found = firstFit(run);
      if (found) return found;
    }
  }
  return largest(levels, pxOf, minFontPx, bound, levelBound);
}

// Whether a candidate's bound rules it out, its stand-in's asked first: the stand-in's is no smaller.
const ruledOut = (c: Candidate, bound: (c: Candidate) => number, out: (px: number) => boolean) => (c.rough !== undefined && out(bound(c.rough))) || out(bound(c));

// With no candidate known to fit: the first that fits after all, or the one whose labels come out
// largest, measuring only the levels and candidates whose bounds could beat the best so far.
function largest(
  levels: readonly (readonly Candidate[])[],
  pxOf: (c: Candidate) => number,
  minFontPx: number,
  bound?: (c: Candidate) => number,
  levelBound?: (run: readonly Candidate[]) => number,
): FitChoice {
  const levelPx = new Map<readonly Candidate[], number>();
  // A lone candidate's own bound is as cheap as its level's.
  const reach = (run: readonly Candidate[]) => {
    if (run.length < 2 || !levelBound) return Infinity;
    let px = levelPx.get(run);
    if (px === undefined) levelPx.set(run, (px = levelBound(run)));
    return px;
  };
  let best: FitChoice | undefined;
  for (const run of levels) {
    // The best so far is short of the minimum: a level or a candidate bounded under it can neither fit nor replace it.
    if (best && reach(run) <= best.labelPx + 1e-9) continue;
    for (const candidate of run) {
      if (bound && best && ruledOut(candidate, bound, (px) => px <= best!.labelPx + 1e-9)) continue;
      const px = pxOf(candidate);
      if (px >= minFontPx - 1e-9) return { candidate, fits: true, labelPx: px };
      if (!best || px > best.labelPx + 1e-9) best = { candidate, fits: false, labelPx: px };
    }
  }
  if (!best) throw new Error('chooseCandidate: no candidates: expected at least one layout shape to try, for example { aspect: 1.6, shape: {} }');
  return best;
}
