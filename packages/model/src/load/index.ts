/**
 * Loading YAML and JSON model files, with every problem located by line and column.
 *
 * @module @kubegram/model/load
 */
export { loadClusterFile } from './load-cluster-file.js';
export { parseClusterText } from './parse-cluster-text.js';
export { MAX_ALIAS_COUNT, MAX_DEPTH, yamlToValue } from './yaml-to-value.js';
export type { FileProblem, LoadResult, YamlProblem, YamlValueResult } from './types.js';
