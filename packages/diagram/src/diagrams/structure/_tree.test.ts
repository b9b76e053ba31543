import { parseCluster, selectView } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { buildTree } from './_tree.js';

function withPods(n: number) {
  const r = parseCluster({
    id: 'c',
    nodes: [{ id: 'cp', role: 'control-plane' }, { id: 'w', role: 'worker', pods: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, containers: [{ id: `p${i}-c`, image: 'x:1' }] })) }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return selectView(r.cluster, 'overview');
}

describe('buildTree', () => {
  it('buildTree nests boxes under their parents, the cluster at the root', () => {
    const { root, all } = buildTree(withPods(2), false);
    expect(root.id).toBe('c');
    expect(root.children.map((c) => c.id)).toEqual(['cp', 'w']);
    const w = all.find((x) => x.id === 'w')!;
    expect(w.container).toBe(true);
    expect(w.children.filter((c) => c.kind === 'pod').map((c) => c.id)).toEqual(['p0', 'p1']);
  });
  it('buildTree keeps the first pods of a crowded node and stands one box in for the rest, hiding their containers', () => {
    const { all, hidden } = buildTree(withPods(5), 3);
    const pods = all.find((x) => x.id === 'w')!.children.filter((c) => c.kind === 'pod');
    expect(pods.map((p) => p.id)).toEqual(['p0', 'p1', 'w~more']);
    expect(pods[2]!.collapsed).toBe(3);
    expect(pods[2]!.label).toBe('+3 pods');
    expect([...hidden].sort()).toEqual(['p2', 'p2-c', 'p3', 'p3-c', 'p4', 'p4-c']);
  });
  it('buildTree shows every pod when the node holds no more than the limit', () => {
    const { hidden } = buildTree(withPods(3), 3);
    expect(hidden.size).toBe(0);
  });
});
