export { main } from './cli.js';
export { importCluster } from './import/import-cluster.js';
export type { ImportOptions, ImportResult } from './import/import-cluster.js';
export { KubeMetadata, KubeNode, KubePod, KubeWorkload, KUBE_WORKLOAD_KINDS } from './import/kube-objects.js';
export { readKubeObjects } from './import/read-kube-objects.js';
export type { KubeInputObject, ReadKubeResult } from './import/read-kube-objects.js';
export type { CliIo, Command, CommandContext } from './types.js';
export { EXIT } from './types.js';
