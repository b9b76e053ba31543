import { describe, expect, it } from 'vitest';
import { relationsOf } from '../relations.js';
import { cluster, poolCluster } from './_fixture.js';
import { groupNodePools } from './group-node-pools.js';

describe('groupNodePools', () => {
  it('groupNodePools(cluster, { threshold: 3 }) draws a pool of four as "general ×4", the cordoned node apart', () => {
    const c = groupNodePools(poolCluster(), { threshold: 3 });
    expect(c.nodes.map((n) => [n.id, n.label])).toEqual([['cp', 'cp'], ['w1', 'general ×4'], ['w5', 'w5']]);
    expect(c.nodes[1]!.pods).toHaveLength(16);
    expect(c.nodes[1]!.capacity).toBeUndefined();
    expect(relationsOf(c).filter((r) => r.kind === 'reports').map((r) => r.from)).toEqual(['w1-kubelet', 'w5-kubelet']);
  });
  it('groupNodePools leaves pools at or under the threshold alone and returns the same cluster', () => {
    const base = poolCluster();
    expect(groupNodePools(base, { threshold: 4 })).toBe(base);
  });
  it('groupNodePools groups by instance type and role when nodes carry no pool', () => {
    const nodes = [{ id: 'cp', role: 'control-plane' }, ...[1, 2, 3].map((n) => ({ id: `n${n}`, role: 'worker', instanceType: 'e2-standard-4' }))];
    expect(groupNodePools(cluster({ id: 'g', nodes }), { threshold: 2 }).nodes.map((n) => n.label)).toEqual(['cp', 'e2-standard-4 ×3']);
  });
  it('groupNodePools refuses a threshold that is not a whole number, with an example', () => {
    expect(() => groupNodePools(poolCluster(), { threshold: 0 })).toThrow('expected a whole number of at least 1 (for example 3)');
  });
});
