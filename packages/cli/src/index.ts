export { main } from './cli.js';
export { importCluster } from '@kubegram/import';
export type { ImportOptions, ImportResult } from '@kubegram/import';
export type { CliIo, Command, CommandContext } from './types.js';
export { EXIT } from './types.js';
