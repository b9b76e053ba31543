import type { Cluster } from '@kubegram/model';
import type { FileProblem } from '@kubegram/model/load';
import type { ContentError, Lesson } from '../types.js';

/**
 * What `loadModel` gives: the cluster, or every problem with the file it is in. `dependencies`
 * lists the files the model was read from (for a TypeScript model, every local file it imports),
 * so a watcher knows what to watch; it is empty for a preset.
 */
export type LoadResult =
  | { ok: true; file: string; cluster: Cluster; warnings: FileProblem[]; dependencies: string[] }
  | { ok: false; file: string; errors: FileProblem[]; warnings: FileProblem[]; dependencies: string[] };

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
}
