import { describe, expect, it } from 'vitest';
import { validateCluster } from '../validate.js';
import { poolCluster } from './_fixture.js';
import { mergeReplicas } from './merge-replicas.js';

describe('mergeReplicas', () => {
  it('mergeReplicas(cluster) draws the replicas of a workload on one node once, as "web ×2"', () => {
    const c = mergeReplicas(poolCluster());
    const w1 = c.nodes.find((n) => n.id === 'w1')!;
    expect(w1.pods.map((p) => [p.id, p.label])).toEqual([['web-1a', 'web ×2'], ['proxy-1', 'proxy-1'], ['dns-1', 'dns-1']]);
    expect(validateCluster(c).filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('mergeReplicas moves relations to the pod drawn instead', () => {
    const c = mergeReplicas(poolCluster());
    expect(c.relations.map((r) => `${r.from}->${r.to}`)).toEqual(['lb->web-2a', 'web-3a->dns-4']);
  });
  it('mergeReplicas keeps a replica in another phase apart', () => {
    const base = poolCluster();
    base.nodes[1]!.pods[1] = { ...base.nodes[1]!.pods[1]!, phase: 'Pending' };
    expect(mergeReplicas(base).nodes[1]!.pods.map((p) => p.label)).toEqual(['web-1a', 'web-1b', 'proxy-1', 'dns-1']);
  });
  it('mergeReplicas with expand keeps those workloads apart, and returns the same cluster when nothing merges', () => {
    const base = poolCluster();
    expect(mergeReplicas(base, { expand: ['web'] })).toBe(base);
    expect(mergeReplicas(base, { expand: true })).toBe(base);
  });
});
