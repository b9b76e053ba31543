// The generated cluster the benchmarks and the picture hashes share: one control-plane node and
// `workers` workers, each with `pods` pods of `containers` containers.
import { parseCluster } from '@kubegram/model';

/** A valid cluster of the given size, parsed. */
export function cluster(workers, pods, containers) {
  const r = parseCluster({
    id: `bench-${workers}x${pods}x${containers}`,
    cloud: { provider: 'aws' },
    nodes: [
      { id: 'cp', role: 'control-plane' },
      ...Array.from({ length: workers }, (_, w) => ({
        id: `w${w}`,
        role: 'worker',
        pods: Array.from({ length: pods }, (_, p) => ({
          id: `w${w}-p${p}`,
          containers: Array.from({ length: containers }, (_, c) => ({ id: `w${w}-p${p}-c${c}`, image: 'example/app:1.0' })),
        })),
      })),
    ],
    actors: [{ id: 'kubectl', kind: 'kubectl' }, { id: 'lb', kind: 'load-balancer' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
}
