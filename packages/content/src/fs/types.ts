import type { ThemeName } from '@kubegram/diagram';
import type { DiagramRef } from '../types.js';
import type { LoadResult } from '../node/types.js';

/** Options of `regenerateDiagrams`, `checkDiagrams` and `watchDiagrams`. */
export interface DiagramsOptions {
  /** The folder searched for lessons (absolute, or resolved against the working folder). */
  dir: string;
  /** Write into this folder, mirroring `dir`, instead of next to the lessons. */
  outDir?: string;
  /** Also write a `.mmd` Mermaid file beside each SVG. */
  mermaid?: boolean;
  /** The diagram theme. */
  theme?: ThemeName;
  /** Called after each file written, before the next is drawn. */
  onWritten?: (path: string) => void | Promise<void>;
  /** Loads a reference's model; `loadModel` by default. */
  loadModel?: (ref: DiagramRef) => Promise<LoadResult>;
}

/** One file the engine writes: a view of a model as SVG or Mermaid. */
export interface DiagramTarget {
  /** Absolute path of the file. */
  path: string;
  format: 'svg' | 'mermaid';
  ref: DiagramRef;
  /** The lesson that references it. */
  lesson: string;
}

/** Something that kept a diagram from being drawn, written or checked. */
export interface DiagramProblem {
  /** The file the problem is in: a lesson, a model file, or `preset:<name>`. */
  file: string;
  line?: number;
  column?: number;
  /** Where in the file: a model path such as `nodes[0].role`, or `diagrams[2].src`; '' for none. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** For a problem in a model: the reference that first drew from it. */
  usedBy?: { src: string; lesson: string; line: number };
}

/** A file `checkDiagrams` found out of date. */
export interface OutdatedDiagram {
  path: string;
  /** `missing` when there is no file, `stale` when it differs from what the model draws now. */
  state: 'missing' | 'stale';
  lesson: string;
  line: number;
}

/** What a regenerate or check run did; `ok` only when every target was drawn and is current. */
export interface DiagramsResult {
  ok: boolean;
  /** How many files the run planned to write or check. */
  targets: number;
  written: string[];
  unchanged: string[];
  /** Files out of date (check runs only). */
  outdated: OutdatedDiagram[];
  /** Targets that could not be drawn, written or checked. */
  failed: number;
  problems: DiagramProblem[];
  /** For each model file read, the targets drawn from it: what a watcher must watch. */
  dependencies: Map<string, Set<string>>;
}
