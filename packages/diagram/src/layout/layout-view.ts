import { selectView, simplifyCluster, views, type Cluster, type SimplifyOptions, type ViewName } from '@kubegram/model';
import { DIAGRAM_TYPES, VIEW_DIAGRAMS } from '../diagrams/diagram-types.js';
import { measuresFor } from '../diagrams/_measures.js';
import type { BodyOptions, LayoutBody, LayoutShape, StepRange } from '../diagrams/types.js';
import { round2 } from './_geometry.js';
import { boundPx, chooseCandidate, shapesOf, type Candidate, type Frame } from './_fit.js';
import { firstPods } from './_first-pods.js';
import type { Layout } from './types.js';

/** Options of `layoutView`; those of `SimplifyOptions` say how a large, real cluster is drawn readably (system namespaces fold by default). */
export interface LayoutOptions extends SimplifyOptions {
  /** Which view of the cluster to lay out. */
  view?: ViewName;
  /** For the node views: the node to show; the first of the right role by default. */
  node?: string;
  /** Leave room for an icon badge beside every label. */
  icons?: boolean;
  /**
   * Shape of the picture: natural (`auto`), or laid out for and padded to 16:9, 4:3, or any
   * width-to-height ratio given as a number (the box a slide has left for the drawing, say).
   */
  fit?: 'auto' | '16:9' | '4:3' | number | FitFrame;
  /**
   * With a frame for `fit`: the least size, in CSS pixels, any label may be drawn at when the picture
   * is scaled to the frame (12 by default). The layout reshapes, then folds detail, to keep it.
   */
  minFontPx?: number;
  /** A node with more pods than this shows the first ones and a "+N pods" box; `false` shows every pod. */
  collapsePods?: number | false;
  /**
   * Of a sequence view: draw only the steps numbered `from` to `to` (from 1, both included), every
   * participant kept, for a story shown over several frames (see `storyPages`).
   */
  steps?: StepRange;
}

/** The box a picture will be shown in, in CSS pixels: its width, and its height or its width-to-height ratio when it has one. */
export interface FitFrame {
  width: number;
  height?: number;
  ratio?: number;
}

const DEFAULTS = { view: 'overview', icons: true, fit: 'auto', collapsePods: 12 } as const satisfies LayoutOptions;

// The scopes that draw each node's pods inside it, in model order, collapsing the rest, and keep
// an element whatever its relations (a node view also draws what the node's pods talk to).
const LISTS_NODE_PODS: ReadonlySet<string> = new Set(['cluster']);

// A picture this small is cheap to place and its working tree cheap to build, about what bounding
// it costs. So a shape whose level looks roomy, or the last its level let through, is measured
// without its own bound first (the course overview, 27 elements: 2.6 µs less in its column, 1 µs
// on a phone), and, in a frame with only a width, its bounds at full detail read the tree that is
// then placed. A larger cluster's level bounds, which take any worker grid for one column, are
// looser, and placing its shapes costs far more: 106 workers fitted to the column took 13.9 ms
// measuring roomy runs outright and 5.9 ms bounding them first, for the same choice; and building a
// tree it may fold away cost it 10 to 25 % more.
const SMALL_VIEW = 48;

const ASPECT: Readonly<Record<'auto' | '16:9' | '4:3', number>> = { auto: 1.6, '16:9': 16 / 9, '4:3': 4 / 3 };

/** Lays out one view of a cluster: boxes placed in fixed slots and edges routed between them, in plain numbers. */
export function layoutView(input: Cluster, options: LayoutOptions = {}): Layout {
  // Object.assign, not a spread: on Node 20 spreading the caller's options into the defaults costs microseconds.
  const opts: Omit<LayoutOptions, keyof typeof DEFAULTS> & { [K in keyof typeof DEFAULTS]: NonNullable<LayoutOptions[K]> } = Object.assign({}, DEFAULTS, options);
  const view = views[opts.view];
  if (!view) throw new Error(`layoutView: unknown view "${String(opts.view)}": expected one of ${Object.keys(views).join(', ')}`);
  const simplified = simplifyCluster(input, opts);
  if (opts.collapsePods !== false && (!Number.isInteger(opts.collapsePods) || opts.collapsePods < 1)) {
    throw new Error(`layoutView: options.collapsePods is ${String(opts.collapsePods)}: expected a whole number of at least 1, or false (for example 12)`);
  }
  // Views that show every pod of a node in model order collapse all past the first ones: only those are listed.
  const listed = opts.collapsePods !== false && LISTS_NODE_PODS.has(view.scope) ? firstPods(simplified, opts.collapsePods) : undefined;
  const cluster = listed?.cluster ?? simplified;
  const sel = selectView(cluster, opts.view, opts.node === undefined ? {} : { node: opts.node });
  // The options every layout of this view reads, set field by field: spreading them into a new
  // object for each shape took V8's slow path.
  const base: BodyOptions = { icons: opts.icons, aspect: ASPECT.auto, collapsePods: opts.collapsePods, measures: measuresFor(sel.elements.length) };
  if (opts.steps !== undefined) base.steps = stepsOf(opts.steps, sel.view.steps?.length ?? 0);
  if (listed && listed.unlisted.size > 0) base.unlistedPods = listed.unlisted;
  const fit = opts.fit;
  if (typeof fit === 'object') return layoutFitted(cluster, opts.view, sel, frameOf(fit), minFontOf(opts.minFontPx), base);
  if (typeof fit === 'number' ? !(Number.isFinite(fit) && fit >= 0.2 && fit <= 10) : !Object.hasOwn(ASPECT, fit)) {
    throw new Error(`layoutView: options.fit is ${JSON.stringify(fit)}: expected "auto", "16:9", "4:3" or a width-to-height ratio between 0.2 and 10 (for example 2.4)`);
  }
  const aspect = typeof fit === 'number' ? fit : ASPECT[fit];
  base.aspect = aspect;
  const body = DIAGRAM_TYPES[VIEW_DIAGRAMS[opts.view]].layout(sel, base);
  return finish(body, body.edges, fit === 'auto' ? { x: 0, y: 0, w: body.width, h: body.height } : padTo(body, aspect), opts.view, cluster);
}

/**
 * The layout handed out, written field by field in one order. Spreading the body and adding fields
 * after it took V8's slow path: 2 to 7 µs a picture in isolation, as much as routing a few edges.
 */
function finish(body: LayoutBody, edges: Layout['edges'], viewBox: Layout['viewBox'], view: ViewName, cluster: Cluster): Layout {
  const out: Layout = {
    view,
    diagram: body.diagram,
    width: body.width,
    height: body.height,
    viewBox,
    title: cluster.label,
    description: `${views[view].title}: ${cluster.description}`,
    boxes: body.boxes,
    edges,
    steps: body.steps,
    lifelines: body.lifelines,
    cycles: body.cycles,
    notes: body.notes,
    folded: body.folded ?? [],
  };
  if (body.drawnAs !== undefined) out.drawnAs = body.drawnAs;
  return out;
}

// A frame is checked once, here: a width in pixels, and a height or a ratio but not both.
function frameOf(fit: FitFrame): Frame {
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;
  if (!ok(fit.width) || (fit.height !== undefined && !ok(fit.height)) || (fit.ratio !== undefined && !ok(fit.ratio)) || (fit.height !== undefined && fit.ratio !== undefined)) {
    throw new Error(`layoutView: options.fit is ${JSON.stringify(fit)}: expected a frame with a width in pixels and at most one of a height or a width-to-height ratio (for example { width: 662 } or { width: 1136, height: 480 })`);
  }
  if (fit.height !== undefined) return { width: fit.width, height: fit.height };
  return fit.ratio === undefined ? { width: fit.width } : { width: fit.width, height: fit.width / fit.ratio };
}

// A run of steps is whole numbers within the story, the first no later than the last.
function stepsOf(steps: StepRange, count: number): StepRange {
  const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= count;
  if (!whole(steps.from) || !whole(steps.to) || steps.from > steps.to) {
    throw new Error(`layoutView: options.steps is ${JSON.stringify(steps)}: expected the numbers of the first and last step to draw, within the story's ${count} steps (for example { from: 1, to: ${Math.max(1, Math.min(5, count))} })`);
  }
  return { from: steps.from, to: steps.to };
}

function minFontOf(px: number | undefined): number {
  if (px === undefined) return 12;
  if (!(Number.isFinite(px) && px > 0)) throw new Error(`layoutView: options.minFontPx is ${String(px)}: expected a size in pixels above 0 (for example 12)`);
  return px;
}

// Pads the shorter side so the picture fills a box of that shape, content centred.
function padTo(body: { width: number; height: number }, target: number) {
  const w = Math.max(body.width, body.height * target);
  const h = Math.max(body.height, body.width / target);
  return { x: round2(-(w - body.width) / 2), y: round2(-(h - body.height) / 2), w: round2(w), h: round2(h) };
}

// A view laid out for a frame: the first candidate shape whose labels, shown in the frame, are at
// least the minimum size. Shapes are placed without routing, sharing measured labels and what the
// diagram type built for the shapes before; the one kept is routed once, where it was placed. A
// frame with only a width is met by wrapping and stacking, which a small view nearly always does at
// full detail; a height also caps the tallest shapes, full detail's, so no level is likelier there.
function layoutFitted(cluster: Cluster, viewName: ViewName, sel: ReturnType<typeof selectView>, frame: Frame, minFontPx: number, shared: BodyOptions): Layout {
  const type = DIAGRAM_TYPES[VIEW_DIAGRAMS[viewName]];
  const ratio = frame.height === undefined ? undefined : frame.width / frame.height;
  const aspect = ratio ?? ASPECT.auto;
  // One options object for every shape placed and every bound asked for, the shape and the grid's
  // aspect set before each: no layout or bound keeps it.
  shared.aspect = aspect;
  shared.built = new Map<string, unknown>();
  shared.fullDetailLikely = frame.height === undefined && sel.elements.length <= SMALL_VIEW;
  const viewBoxOf = (body: LayoutBody) => (ratio === undefined ? { x: 0, y: 0, w: body.width, h: body.height } : padTo(body, ratio));
  // The last shape placed: its routes can still be drawn where it stands.
  let last: { candidate: Candidate; body: LayoutBody } | undefined;
  // What the search reads of a placed shape: its labels and where they are shown.
  const place = (c: Candidate) => {
    shared.aspect = c.aspect;
    shared.shape = c.shape;
    shared.measureOnly = true;
    const body = type.layout(sel, shared);
    last = { candidate: c, body };
    return { boxes: body.boxes, steps: body.steps, notes: body.notes, cycles: body.cycles, viewBox: viewBoxOf(body) };
  };
  const candidates = type.candidates?.(aspect) ?? [{ aspect, shape: {} }];
  // Each candidate's bound, found once: the grid's aspect can change it (the worker columns it picks).
  const bounds = new Map<Candidate, number>();
  const boundOf = (shape: LayoutShape, gridAspect: number) => {
    shared.shape = shape;
    shared.aspect = gridAspect;
    return type.bound!(sel, shared);
  };
  const bound =
    type.bound &&
    ((c: Candidate) => {
      let px = bounds.get(c);
      if (px === undefined) bounds.set(c, (px = boundPx(boundOf(c.shape, c.aspect), frame)));
      return px;
    });
  // A level's bound: the narrowest of its shapes bounds the width, the lowest the height. In a frame
  // with a height the lowest comes first: when the height alone keeps the labels under the minimum,
  // the narrowest, whose labels are wrapped anew, is never measured.
  const levelBound =
    type.bound &&
    type.loosest &&
    ((run: readonly Candidate[]) => {
      const { narrowest, lowest } = type.loosest!(shapesOf(run), shared);
      const low = frame.height === undefined ? undefined : boundOf(lowest, aspect);
      if (low && frame.height !== undefined) {
        const byHeight = low.font === Infinity ? Infinity : (low.font * frame.height) / low.height;
        if (byHeight < minFontPx) return byHeight;
      }
      const narrow = boundOf(narrowest, aspect);
      return boundPx({ width: narrow.width, height: low?.height ?? narrow.height, font: Math.min(narrow.font, low?.font ?? Infinity) }, frame);
    });
  const chosen = candidates.length === 1 ? candidates[0]! : chooseCandidate(candidates, place, frame, minFontPx, bound, levelBound, sel.elements.length <= SMALL_VIEW).candidate;
  const placed = last?.candidate === chosen && last.body.routeLater ? last.body : undefined;
  shared.aspect = chosen.aspect;
  shared.shape = chosen.shape;
  shared.measureOnly = false;
  const body = placed ?? type.layout(sel, shared);
  return finish(body, placed ? placed.routeLater!() : body.edges, viewBoxOf(body), viewName, cluster);
}
