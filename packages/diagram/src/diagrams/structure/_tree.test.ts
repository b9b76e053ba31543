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
  it('buildTree at detail 1 folds containers into their pod, with a count in its label, and sends their edges to it', () => {
    const { all, hidden, alias, folded } = buildTree(withPods(2), false, { detail: 1 });
    const pod = all.find((x) => x.id === 'p0')!;
    expect(pod.container).toBe(false);
    expect(pod.label).toBe('p0 · 1 container');
    expect(hidden.has('p0-c')).toBe(true);
    expect(alias.get('p0-c')).toBe('p0');
    expect(folded).toEqual(['2 containers folded into their pods']);
  });
  it('buildTree at detail 2 also folds the node components, at detail 3 also the pods', () => {
    const two = buildTree(withPods(2), false, { detail: 2 });
    expect(two.all.find((x) => x.id === 'w')!.children.map((c) => c.id)).toEqual(['p0', 'p1']);
    expect(two.folded[1]).toMatch(/^\d+ node components folded into their nodes$/);
    const three = buildTree(withPods(3), false, { detail: 3 });
    expect(three.all.find((x) => x.id === 'w')!.children.map((c) => c.label)).toEqual(['+3 pods']);
    expect(three.folded.at(-1)).toBe('3 pods folded into "+N pods" boxes');
  });
  it('buildTree at detail 4 draws the nodes of one role as the first of them, its "+N pods" counting theirs, and sends their edges to it', () => {
    const r = parseCluster({
      id: 'c',
      nodes: [
        { id: 'cp', role: 'control-plane' },
        ...[1, 2, 3].map((n) => ({ id: `w${n}`, role: 'worker' as const, pods: [{ id: `p${n}`, containers: [{ id: `p${n}-c`, image: 'x:1' }] }] })),
        { id: 'sick', role: 'worker', cordoned: true },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const { root, all, alias, folded } = buildTree(selectView(r.cluster, 'overview'), false, { detail: 4 });
    expect(root.children.map((c) => c.id)).toEqual(['cp', 'w1', 'sick']);
    const w1 = all.find((x) => x.id === 'w1')!;
    expect(w1.label).toMatch(/^worker ×3 · \d+ components$/);
    expect(w1.description).toBe('3 worker nodes drawn as one: w1, w2, w3.');
    expect(w1.children.map((c) => c.label)).toEqual(['+3 pods']);
    expect(alias.get('w3')).toBe('w1');
    expect(alias.get(`w3-kubelet`)).toBe('w1');
    expect(folded.at(-1)).toBe('2 nodes drawn with the first node of their role');
  });
  it('buildTree at detail 0 folds nothing', () => {
    const { alias, folded } = buildTree(withPods(2), false, { detail: 0 });
    expect(alias.size).toBe(0);
    expect(folded).toEqual([]);
  });
});
