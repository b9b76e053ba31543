import type { ElementKind, FlowRole, RelationKind, ViewName } from '@kubegram/model';
import type { DiagramName } from '../diagrams/diagram-types.js';
import type { FontWeight } from '../fonts/index.js';

/** A point in diagram coordinates (pixels, y down). */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A block of text placed in the diagram: one entry per line, anchored at its centre or start. */
export interface TextBlock {
  lines: readonly string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  weight: FontWeight;
  lineHeight: number;
  anchor: 'start' | 'middle';
  /** Widest line as measured with the font metrics table. */
  width: number;
}

/** A positioned box: a model element, or the "+N pods" stand-in for pods collapsed on a node. */
export interface LayoutBox extends Rect {
  /** Model id; for a collapsed-pods box, `<node id>~more`. */
  id: string;
  kind: ElementKind;
  /** Id of the enclosing box, if any. */
  parent?: string;
  description: string;
  label: TextBlock;
  /** Where the kind's icon badge sits (its top-left corner), when icons are on. */
  icon?: Point;
  /** Children are drawn inside; the label is a title at the top rather than centred. */
  container: boolean;
  /** For a collapsed-pods box: how many pods it stands for. */
  collapsed?: number;
  /** Trouble its outline shows: `warning` (pending, not ready, cordoned, tainted, short of replicas) or `failure`. */
  state?: 'warning' | 'failure';
}

/** A routed relation: an orthogonal polyline from the border of one box to the border of the other. */
export interface LayoutEdge {
  id: string;
  from: string;
  to: string;
  kind: RelationKind;
  label: string;
  description?: string;
  points: readonly Point[];
}

/** A numbered message of a sequence or loop view. */
export interface LayoutStep {
  index: number;
  from: string;
  to: string;
  fromRole: FlowRole;
  toRole: FlowRole;
  reply: boolean;
  points: readonly Point[];
  text: TextBlock;
}

/** A vertical line under a participant of a sequence view. */
export interface Lifeline {
  id: string;
  x: number;
  y1: number;
  y2: number;
}

/** One phase of a controller's loop: a stretch of the ring drawn around the controller, arrow at its end. */
export interface CyclePhase {
  /** The phase: observe, compare or act. */
  name: string;
  /** Numbers of the story steps this phase stands for. */
  steps: readonly number[];
  points: readonly Point[];
  text: TextBlock;
}

/** A control loop drawn as a ring around the element that runs it, read clockwise. */
export interface LayoutCycle {
  /** Id of the element the ring goes around. */
  around: string;
  phases: readonly CyclePhase[];
}

/** A view laid out: every box and edge placed, in plain numbers, ready for a renderer. */
export interface Layout {
  view: ViewName;
  /** How the view is drawn. */
  diagram: DiagramName;
  width: number;
  height: number;
  /** The visible area: the content plus any room a target aspect ratio adds around it. */
  viewBox: Rect;
  title: string;
  description: string;
  /** Parents before children. */
  boxes: readonly LayoutBox[];
  edges: readonly LayoutEdge[];
  steps: readonly LayoutStep[];
  lifelines: readonly Lifeline[];
  /** Control loops drawn as rings (the reconcile view). */
  cycles: readonly LayoutCycle[];
  /** Free text drawn without a box (the view heading, step legends). */
  notes: readonly TextBlock[];
  /** What was folded away to fit the frame, in words, in the order it was folded; empty at full detail. */
  folded: readonly string[];
  /**
   * Elements drawn inside another's box because the nodes of one role were drawn as one: each id,
   * and the id of the box that stands for it. Absent when no node was folded that way.
   */
  drawnAs?: Readonly<Record<string, string>>;
}
