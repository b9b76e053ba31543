/**
 * Reading YAML in any runtime, Node or a browser: a model's text (or bytes) to a checked cluster
 * with the line and column of every problem, and safe plain values of YAML documents for other
 * readers (aliases, alias bombs and deep nesting come back as located problems, never exceptions).
 *
 * @module @kubegram/model/yaml
 */
export { parseClusterText } from './parse-cluster-text.js';
export { MAX_ALIAS_COUNT, MAX_DEPTH, yamlToValue } from './yaml-to-value.js';
export type { FileProblem, LoadResult, YamlProblem, YamlValueResult } from './types.js';
