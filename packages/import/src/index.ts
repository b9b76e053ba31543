/**
 * Real clusters into Kubegram models: reads kubectl output, lists, manifests and Helm output, in
 * Node and in browsers. Reading files and folders lives in `@kubegram/import/node`.
 *
 * @module @kubegram/import
 */
export { createImporter } from './create-importer.js';
export { importCluster } from './import-cluster.js';
export { parseQuantity } from './parse-quantity.js';
export type { Quantity } from './parse-quantity.js';
export type { Importer, ImportInput, ImportOptions, ImportProblem, ImportResult, TextSink } from './types.js';
