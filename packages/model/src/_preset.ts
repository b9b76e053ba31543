import type { z } from 'zod';
import { resolveCluster } from './_resolve.js';
import type { Cluster } from './cluster.js';
import type { CheckedRefs, ClusterInput } from './define.js';
import type { ClusterSpec } from './spec.js';

/**
 * Builds a preset like `defineCluster`, with the same compile-time checks, but without running the
 * zod schemas: presets are checked by their tests, and skipping zod keeps it out of the bundles of
 * programs that only draw a preset (the CLI's start-up, the browser build).
 */
export function definePreset<const S extends ClusterInput>(spec: S & CheckedRefs<S>): Cluster {
  return resolveCluster(spec as unknown as z.output<typeof ClusterSpec>);
}
