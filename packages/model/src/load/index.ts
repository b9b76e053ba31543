export { loadClusterFile } from './load-cluster-file.js';
export { parseClusterText } from './parse-cluster-text.js';
export type { FileProblem, LoadResult } from './parse-cluster-text.js';
