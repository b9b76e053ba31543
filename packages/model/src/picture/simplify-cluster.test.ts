import { describe, expect, it } from 'vitest';
import { presets } from '../presets/index.js';
import { poolCluster } from './_fixture.js';
import { filterNamespaces } from './filter-namespaces.js';
import { simplifyCluster } from './simplify-cluster.js';

describe('simplifyCluster and filterNamespaces', () => {
  it('filterNamespaces keeps only the namespaces asked for, with their services and relations', () => {
    const c = filterNamespaces(poolCluster(), { include: ['kube-system'] });
    expect(c.nodes[1]!.pods.map((p) => p.id)).toEqual(['proxy-1', 'dns-1']);
    expect(c.services!.map((s) => s.id)).toEqual(['dns']);
    expect(c.relations).toEqual([]);
    expect(filterNamespaces(poolCluster(), { exclude: ['kube-system'] }).workloads.map((w) => w.id)).toEqual(['web']);
  });
  it('simplifyCluster groups pools, then merges the replicas of the pool into one box per workload', () => {
    const c = simplifyCluster(poolCluster(), { groupNodes: 3, mergeReplicas: true });
    expect(c.nodes[1]!.pods.map((p) => p.label)).toEqual(['web ×8', 'kube-system ×8']);
  });
  it('simplifyCluster shows a system namespace that is asked for by name', () => {
    const c = simplifyCluster(poolCluster(), { namespaces: ['kube-system'] });
    expect(c.nodes[1]!.pods.map((p) => p.id)).toEqual(['proxy-1', 'dns-1']);
  });
  it('simplifyCluster returns the presets as they are', () => {
    for (const p of Object.values(presets)) expect(simplifyCluster(p)).toBe(p);
  });
});
