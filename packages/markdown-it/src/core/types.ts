import type { ThemeChoice } from '@kubegram/diagram';
import type { Cluster, ViewName } from '@kubegram/model';

/** Something wrong with a diagram in a Markdown file: where it is, what was expected, an example. */
export interface DiagramProblem {
  /** The Markdown file, or `<markdown>` when the tool did not say which file it renders. */
  file: string;
  /** 1-based line in the Markdown file. */
  line: number;
  /** 1-based column in the Markdown file. */
  column: number;
  /** What is wrong and what was expected. */
  message: string;
  /** A valid piece of Markdown or YAML to compare with. */
  example: string;
}

/** Where a piece of text starts in the Markdown file (1-based line and column). */
export interface SourcePoint {
  file: string;
  line: number;
  column: number;
}

/** Colour theme of the drawn diagram: `auto` follows the reader's colour scheme and the page's dark mode. */
export type DiagramTheme = ThemeChoice;

/** What to draw: a view of a cluster, with the options of the fence or the reference. */
export interface DiagramRequest {
  cluster: Cluster;
  view: ViewName;
  highlight: readonly string[];
  node?: string;
  theme: DiagramTheme;
}

/** A diagram ready to draw, or the problems that keep it from being drawn. */
export type Prepared = { ok: true; request: DiagramRequest } | { ok: false; problems: DiagramProblem[] };
