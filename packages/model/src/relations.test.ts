import { describe, expect, it } from 'vitest';
import { presets } from './presets/index.js';
import { parseCluster } from './parse.js';
import { relationsOf, relationsOfKinds } from './relations.js';
import type { RelationKind } from './relation.js';

describe('relationsOfKinds', () => {
  it('lists the relations relationsOf lists of the kinds asked for, in the same order', () => {
    for (const cluster of Object.values(presets)) {
      for (const shown of [new Set<RelationKind>(['reports', 'routes', 'custom']), new Set<RelationKind>(['reports', 'persists'])]) {
        const some = relationsOfKinds(cluster, shown);
        expect(some).toEqual(relationsOf(cluster).filter((r) => shown.has(r.kind)));
        expect(some.length).toBeGreaterThan(0);
      }
    }
  });

  it('lists every relation when no kinds are given', () => {
    expect(relationsOfKinds(presets.course, undefined)).toEqual(relationsOf(presets.course));
    expect(relationsOf(presets.course).some((r) => r.kind === 'runs')).toBe(true);
  });
});

describe('relation ids', () => {
  const idOf = (r: { kind: string; from: string; to: string }) => `${r.kind}:${r.from}->${r.to}`;
  // One control-plane node whose third component joins the API server as `kind` would.
  const oneNode = (kind: 'kubelet' | 'scheduler') => {
    const r = parseCluster({ id: 'c', nodes: [{ id: 'n', role: 'control-plane', components: [{ id: 'a', kind: 'apiserver' }, { id: 'e', kind: 'etcd' }, { id: 'k', kind }] }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.cluster;
  };
  it('names each relation kind:from->to, the same from call to call', () => {
    for (const cluster of Object.values(presets)) {
      const first = relationsOf(cluster);
      for (const r of first) expect(r.id).toBe(idOf(r));
      expect(relationsOf(cluster).map((r) => r.id)).toEqual(first.map((r) => r.id));
    }
  });
  it('names a relation by its own kind when another kind joined the same ends before', () => {
    expect(relationsOf(oneNode('kubelet')).map((r) => r.id)).toEqual(['persists:a->e', 'reports:k->a']);
    expect(relationsOf(oneNode('scheduler')).map((r) => r.id)).toEqual(['persists:a->e', 'schedules:k->a']);
    expect(relationsOf(oneNode('kubelet')).map((r) => r.id)).toEqual(['persists:a->e', 'reports:k->a']);
  });
  it('names the relations of a cluster too large to keep its ids, and of many clusters past what is kept', () => {
    const pods = (w: number) => Array.from({ length: 30 }, (_, p) => ({ id: `w${w}-p${p}`, containers: [{ id: `w${w}-p${p}-c`, image: 'example/app:1.0' }] }));
    const big = parseCluster({ id: 'big', nodes: [{ id: 'cp', role: 'control-plane' }, ...Array.from({ length: 70 }, (_, w) => ({ id: `w${w}`, role: 'worker', pods: pods(w) }))] });
    if (!big.ok) throw new Error(JSON.stringify(big.errors));
    const all = relationsOf(big.cluster);
    expect(all.length).toBeGreaterThan(4_000);
    for (const r of all) expect(r.id).toBe(idOf(r));
    // Many small clusters, more ids than are kept at once: every id still names its relation.
    for (let i = 0; i < 30; i++) {
      const r = parseCluster({ id: `s${i}`, nodes: [{ id: `cp${i}`, role: 'control-plane' }, ...Array.from({ length: 20 }, (_, w) => ({ id: `s${i}w${w}`, role: 'worker', pods: pods(w).map((p) => ({ ...p, id: `s${i}-${p.id}`, containers: [{ ...p.containers[0]!, id: `s${i}-${p.containers[0]!.id}` }] })) }))] });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      for (const rel of relationsOf(r.cluster)) expect(rel.id).toBe(idOf(rel));
    }
  });
});
