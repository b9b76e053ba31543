import type { ClusterSpec } from '@kubegram/model';

/** Options of `importCluster` and `createImporter`. */
export interface ImportOptions {
  /** Id of the cluster in the model (default "cluster"). */
  id?: string;
  /** Label of the cluster in diagrams. */
  label?: string;
  /** Keep only the pods, workloads, services and ingresses of these namespaces; every namespace when absent or empty. */
  namespaces?: readonly string[];
  /** Leave out the pods, workloads, services and ingresses of these namespaces. */
  excludeNamespaces?: readonly string[];
}

/** A problem with the input: the file, the place in it (path, line and column when known), what was expected. */
export interface ImportProblem {
  file: string;
  line?: number;
  column?: number;
  /** The path of the object or field in the file, such as `items[22].spec.containers[0]`. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

/** The model of a real cluster, with notes on what was left out or assumed; or the problems found. */
export type ImportResult = { ok: true; spec: ClusterSpec; notes: string[] } | { ok: false; errors: ImportProblem[]; notes: string[] };

/** One input: its name (shown in problems) and its whole text. */
export interface ImportInput {
  file: string;
  text: string;
}

/** Takes the text of one input in chunks of any size. */
export interface TextSink {
  write(chunk: string): void;
  end(): void;
}

/** Gathers any number of inputs, whole or in chunks, into one model. */
export interface Importer {
  /**
   * Starts reading an input; write its text, then end it. With `skipBroken`, a syntax problem in
   * this input becomes a note and the import goes on (for the many files of a support bundle).
   */
  open(file: string, options?: { skipBroken?: boolean }): TextSink;
  /** Adds one object that is already parsed (from a Kubernetes client, say). */
  add(value: unknown, file?: string): void;
  /** Builds the model from everything read. */
  finish(): ImportResult;
}
