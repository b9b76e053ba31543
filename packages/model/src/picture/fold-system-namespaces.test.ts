import { describe, expect, it } from 'vitest';
import { presets } from '../presets/index.js';
import { poolCluster } from './_fixture.js';
import { foldSystemNamespaces, isSystemNamespace } from './fold-system-namespaces.js';

describe('foldSystemNamespaces', () => {
  it('foldSystemNamespaces(cluster) draws the system pods of each node as one "kube-system ×2" pod', () => {
    const c = foldSystemNamespaces(poolCluster());
    expect(c.nodes[1]!.pods.map((p) => p.label)).toEqual(['web-1a', 'web-1b', 'kube-system ×2']);
    expect(c.nodes[1]!.pods[2]!.containers.map((x) => x.id)).toEqual(['proxy-1-c', 'dns-1-c']);
    expect(c.workloads.map((w) => w.id)).toEqual(['web']);
    expect(c.services!.map((s) => s.id)).toEqual(['web-svc']);
    expect(c.relations.map((r) => `${r.from}->${r.to}`)).toEqual(['lb->web-2b', 'web-3a->w4-system-pods']);
  });
  it('foldSystemNamespaces keeps the namespaces asked for, and returns a cluster without system pods as it is', () => {
    const base = poolCluster();
    expect(foldSystemNamespaces(base, { keep: ['kube-system'] })).toBe(base);
    expect(foldSystemNamespaces(presets.course)).toBe(presets.course);
  });
  it('isSystemNamespace knows kube-* and the common add-on namespaces, not the applications', () => {
    expect(['kube-system', 'kube-node-lease', 'calico-system', 'default', 'shop'].map(isSystemNamespace)).toEqual([true, true, true, false, false]);
  });
});
