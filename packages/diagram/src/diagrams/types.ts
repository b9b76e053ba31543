import type { Cluster, ViewSelection } from '@kubegram/model';
import type { Layout } from '../layout/types.js';
import type { SvgContext } from '../svg/_context.js';
import type { Theme } from '../theme/index.js';

/** A layout before `layoutView` adds the view, its titles and the visible area. */
export type LayoutBody = Omit<Layout, 'view' | 'title' | 'description' | 'viewBox'>;

/** What a layout needs to know beyond the selection. */
export interface BodyOptions {
  /** Leave room for an icon badge beside every label. */
  icons: boolean;
  /** Width over height the picture is shaped for. */
  aspect: number;
  /** A node with more pods than this collapses the rest into one box; `false` shows every pod. */
  collapsePods: number | false;
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
  /** Draws what goes under the boxes (after the notes). */
  svgUnder?(layout: Layout, ctx: SvgContext): void;
  /** Draws what goes over the boxes. */
  svgOver(layout: Layout, ctx: SvgContext): void;
  /** The Mermaid diagram keyword that opens the text. */
  mermaidKeyword: string;
  /** The Mermaid lines after the keyword and the accessibility lines. */
  mermaid(input: DiagramInput): string[];
}
