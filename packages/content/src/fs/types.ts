import type { ThemeName } from '@kubegram/diagram';
import type { LoadResult } from '@kubegram/model/load';
import type { ContentError, DiagramRef, Lesson } from '../types.js';

/**
 * What `loadModel` gives: what `@kubegram/model/load` gives for a model file (the cluster, or
 * every problem with the file it is in), and `dependencies`: the files the model was read from
 * (for a TypeScript model, every local file it imports), so a watcher knows what to watch; empty
 * for a preset.
 */
export type LoadModelResult = LoadResult & { dependencies: string[] };

/** Options for `loadModel`. */
export interface LoadModelOptions {
  /** Reuse the last result while the model's files keep their modification times and sizes. */
  cache?: boolean;
  /**
   * How long a TypeScript or JavaScript model may take to load, in milliseconds (default 10 000,
   * or the `KUBEGRAM_MODEL_TIMEOUT_MS` environment variable); past it the load is stopped.
   */
  timeoutMs?: number;
}

/** A module of the course: the lessons that name it in their frontmatter, in order. */
export interface CourseModule {
  /** The module's name, as the lessons' frontmatter writes it. */
  name: string;
  /** The name as an anchor or URL segment. */
  slug: string;
  lessons: Lesson[];
}

/** What `loadCourse` gives: every valid lesson in order, the modules, and every problem found. */
export interface CourseResult {
  /** The lessons that parsed, sorted by `order`. */
  lessons: Lesson[];
  /** The modules, ordered by their first lesson's `order`. */
  modules: CourseModule[];
  errors: ContentError[];
  /** What was left out without being wrong, such as a folder of Markdown too deep to hold lessons. */
  warnings: ContentError[];
}


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
  loadModel?: (ref: DiagramRef) => Promise<LoadModelResult>;
  /** Told of each temporary file a write creates, as `writeFileAtomic`'s `onTemp` is. */
  onTemp?: (temp: string) => () => void;
}

/** One file the engine writes: a view of a model in one of `@kubegram/diagram`'s formats. */
export interface DiagramTarget {
  /** Absolute path of the file. */
  path: string;
  /** The name of its format in `@kubegram/diagram`'s `formats`. */
  format: string;
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
