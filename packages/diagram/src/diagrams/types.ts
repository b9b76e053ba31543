import type { Cluster, ViewSelection } from '@kubegram/model';
import type { Candidate, Frame } from '../layout/_fit.js';
import type { Unlisted } from '../layout/_first-pods.js';
import type { Measured } from '../layout/_text.js';
import type { Layout, LayoutEdge } from '../layout/types.js';
import type { SvgContext } from '../svg/_context.js';
import type { Theme } from '../theme/index.js';

/**
 * Measured labels by wrap width, then style, then text: big clusters repeat the same few labels, and
 * the candidate shapes of one fit share what the others measured. Nested maps, not one map keyed by
 * a joined string: a fit looks up every label at every wrap width, and joining the keys took longer
 * than the look-ups.
 */
export type MeasureCache = Map<number | undefined, LabelsByStyle>;

/** Measured labels of one wrap width, by style and text. */
export interface LabelsByStyle {
  title: Map<string, Measured>;
  leaf: Map<string, Measured>;
}

/** A layout before `layoutView` adds the view, its titles and the visible area. */
export type LayoutBody = Omit<Layout, 'view' | 'title' | 'description' | 'viewBox' | 'folded'> & BodyExtras;

/** What a layout needs to know beyond the selection. */
export interface BodyOptions {
  /** Leave room for an icon badge beside every label. */
  icons: boolean;
  /** Width over height the picture is shaped for. */
  aspect: number;
  /** A node with more pods than this collapses the rest into one box; `false` shows every pod. */
  collapsePods: number | false;
  /** How the picture is shaped for a small frame; every field left out draws it as at its natural size. */
  shape?: LayoutShape;
  /** Only place the boxes and text, leaving edges unrouted: enough to measure a candidate shape. */
  measureOnly?: boolean;
  /** Labels already measured, by wrap, style and text: the shapes one fit tries share it. */
  measures?: MeasureCache;
  /**
   * What a diagram type built for one shape and can use again for another, by a key of its own (the
   * structure view's working trees by detail and wrap): the shapes one fit tries share it.
   */
  built?: Map<string, unknown>;
  /**
   * The fit most likely keeps full detail (a small view, in a frame with no height): a bound at full
   * detail may build what laying that shape out then uses again, instead of a cheaper reading of its own.
   */
  fullDetailLikely?: boolean;
  /** Of a story that pages: only the steps numbered from `from` to `to`, every participant kept. */
  steps?: StepRange;
  /** Pods (and their containers) of each node that the selection does not list, for the node's "+N pods" box to count. */
  unlistedPods?: ReadonlyMap<string, Unlisted>;
}

/** A run of a story's steps, by their numbers in the story (from 1, both ends included). */
export interface StepRange {
  from: number;
  to: number;
}

/** The knobs a layout is fitted to a frame with, from the cheapest to the costliest in detail. */
export interface LayoutShape {
  /** Widest line of a box's label, in picture pixels. */
  wrap?: number;
  /** Node rows of parts hold at most two parts each (the control-plane row folds into two). */
  foldRows?: boolean;
  /** The outside world (kubectl, load balancer, cloud API) in a row under the cluster instead of beside it. */
  outsideBelow?: boolean;
  /** A structure drawn tight: the lanes over and under the control plane narrower, kubectl on the right with the rest of the outside world. */
  tight?: boolean;
  /**
   * Each node's pods in one column, however tall: the narrowest a node holding pods with their
   * containers gets (such pods stand taller than wide, and the grid otherwise widens to two).
   */
  podsStacked?: boolean;
  /** Space between two lifelines of a sequence, beyond their boxes. */
  columnGap?: number;
  /** Least width of a sequence participant's box. */
  boxMin?: number;
  /** Widest line of a sequence message. */
  messageWrap?: number;
  /** Font size of a story's step list, step numbers and loop phases, in picture pixels (the note size by default). */
  stepSize?: number;
  /** A loop's workloads in a row under the ring instead of a column beside it. */
  workloadsBelow?: boolean;
  /** A loop's steps listed beside the ring instead of under it. */
  stepsBeside?: boolean;
  /** Room beside a loop's ring, between the controller and the API server. */
  ringRoom?: number;
  /** Detail taken away, in order: 1 folds containers into their pod, 2 also the node components into their node, 3 also the pods into "+N pods", 4 also the nodes of one role into one (`worker ×4`). */
  detail?: number;
  /**
   * Of a bound only, never laid out: the control-plane nodes alone bounded (no workers, no outside
   * world, no cluster title), a looser bound that measures few labels at a wrap the fit has not met
   * yet, for a shape whose control plane decides its width.
   */
  controlPlaneOnly?: boolean;
  /**
   * Of a bound only, never laid out: each node's pods bounded as one column and one row of the widest
   * and tallest of them, which any grid of them is at least. A shape standing for several wraps needs
   * it: narrower pods can make a wider grid (more columns), wider ones a taller grid (more rows).
   */
  anyPodGrid?: boolean;
}

/** The least size a layout can have, and its smallest font, in picture pixels. */
export interface SizeBound {
  width: number;
  height: number;
  font: number;
}

/** The Mermaid settings a frame asks for: the opening keyword when it differs, and the config section under its name. */
export interface MermaidFit {
  keyword?: string;
  section: string;
  settings: Readonly<Record<string, string | number | boolean>>;
}

/** What a layout body reports beyond its boxes: the detail it folded away, in words. */
export interface BodyExtras {
  folded?: readonly string[];
  /**
   * Of a body laid out with `measureOnly`: routes its edges where it was placed, so the shape a fit
   * settles on is not placed again. Valid until the next layout with the same `built`.
   */
  routeLater?: () => LayoutEdge[];
}

/** What the Mermaid writers of every diagram type are given. */
export interface DiagramInput {
  cluster: Cluster;
  selection: ViewSelection;
  /** Mermaid ids of every element of the cluster, and of every story role (`role <name>`). */
  ids: ReadonlyMap<string, string>;
  theme: Theme;
  highlight: ReadonlySet<string>;
}

/** One way of drawing a view: how it is laid out, what it adds to the SVG's boxes, and how it is written as Mermaid. */
export interface DiagramType {
  /** Places the boxes, edges and text of a view. */
  layout(selection: ViewSelection, options: BodyOptions): LayoutBody;
  /** The story may be split over several frames, a run of its steps in each (`storyPages`); a loop may not. */
  pages?: boolean;
  /**
   * A cheap bound for a shape, without placing anything: the least width and height its picture can
   * have and its smallest label; a fit skips a shape whose bound shows it cannot do better. It may
   * not depend on `options.aspect`: shapes that differ only there share one bound.
   */
  bound?(selection: ViewSelection, options: BodyOptions): SizeBound;
  /**
   * Of several shapes at one level of detail, one no wider and one no taller than any of them, so
   * that their bounds hold for all the shapes at once and a fit can pass over the whole level; with
   * `options.built`, a looser one where that spares measuring labels again.
   */
  loosest?(shapes: readonly LayoutShape[], options?: Pick<BodyOptions, 'built'>): { narrowest: LayoutShape; lowest: LayoutShape };
  /**
   * The shapes to try, in order, when the view must fit a small frame; only the natural one when left
   * out. Candidates that differ only in their aspect share one shape object, and the list may be the
   * one handed out before for the same aspect: a search only reads it.
   */
  candidates?(aspect: number): readonly Candidate[];
  /** Draws what goes under the boxes (after the notes). */
  svgUnder?(layout: Layout, ctx: SvgContext): void;
  /** Draws what goes over the boxes. */
  svgOver(layout: Layout, ctx: SvgContext): void;
  /** The Mermaid diagram keyword that opens the text. */
  mermaidKeyword: string;
  /** What Mermaid is told for a frame: another opening keyword (a direction, say) and the settings of the diagram's own config section. */
  mermaidFit?(frame: Frame): MermaidFit;
  /** The Mermaid lines after the keyword and the accessibility lines. */
  mermaid(input: DiagramInput): string[];
}
