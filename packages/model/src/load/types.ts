import type { Cluster } from '../cluster.js';
import type { Problem } from '../problem.js';

/** A problem located in a file: the model path plus the line and column it points at (1-based). */
export interface FileProblem extends Problem {
  file: string;
  line?: number;
  column?: number;
  /** For a problem in the file's bytes (such as text that is not UTF-8): the offset of the first bad byte, from 0. */
  byteOffset?: number;
}

/** What loading a model file gives: the cluster, or every problem with its place in the file. */
export type LoadResult =
  | { ok: true; file: string; cluster: Cluster; warnings: FileProblem[] }
  | { ok: false; file: string; errors: FileProblem[]; warnings: FileProblem[] };

/** A problem in a YAML document, located by line and column (1-based); the caller names the file. */
export type YamlProblem = Omit<FileProblem, 'file'> & { line: number; column: number };

/** What `yamlToValue` gives: the document's value, or why it cannot be built safely. */
export type YamlValueResult = { ok: true; value: unknown } | { ok: false; problems: YamlProblem[] };
