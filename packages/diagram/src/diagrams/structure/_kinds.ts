import type { ElementKind } from '@kubegram/model';

/** The node kinds: containers in the cluster's fixed rows. */
export const NODE_KINDS: readonly ElementKind[] = ['control-plane-node', 'worker-node'];

/** Kinds drawn as frames even when empty: a namespace or a workload with nothing in it is still a place. */
export const CONTAINER_KINDS: ReadonlySet<ElementKind> = new Set(['cluster', ...NODE_KINDS, 'namespace']);
