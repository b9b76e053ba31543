/**
 * Reading kubectl output from files, folders (support bundles, manifest directories) and streams
 * in Node. Everything else is in `@kubegram/import`, which also runs in browsers.
 *
 * @module @kubegram/import/node
 */
export { importFiles } from './import-files.js';
export type { NamedStream } from './import-files.js';
