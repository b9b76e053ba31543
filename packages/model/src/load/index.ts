/**
 * Loading YAML and JSON model files, with every problem located by line and column.
 *
 * @module @kubegram/model/load
 */
export { loadClusterFile } from './load-cluster-file.js';
export { parseClusterText } from './parse-cluster-text.js';
export type { FileProblem, LoadResult } from './parse-cluster-text.js';
