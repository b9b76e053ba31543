/**
 * Safe YAML values for any reader of YAML documents, in Node or a browser: aliases, alias bombs
 * and deep nesting come back as located problems, never exceptions.
 *
 * @module @kubegram/model/yaml
 */
export { MAX_ALIAS_COUNT, MAX_DEPTH, yamlToValue } from './yaml-to-value.js';
export type { YamlProblem, YamlValueResult } from './types.js';
