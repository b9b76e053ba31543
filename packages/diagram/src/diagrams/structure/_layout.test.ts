import { elementsOf, presets, selectView, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { foldRelations, layoutStructure } from './_layout.js';
import { layoutView } from '../../layout/index.js';

// Where each relation of a picture should be drawn, found from the model alone: each end moved up
// its parents (or to the box its node is drawn as) until it reaches a box the picture draws; none
// once moved onto a box holding the other end, or held by it (`holds`, read from the picture).
function expectedPairs(cluster: Cluster, drawn: ReadonlySet<string>, drawnAs: Readonly<Record<string, string>> = {}, holds: (outer: string, inner: string) => boolean = () => false): string[] {
  const parent = new Map(elementsOf(cluster).map((e) => [e.id, e.parent]));
  const shownAt = (id: string): string => {
    let at: string | undefined = id;
    while (at !== undefined && !drawn.has(at)) at = drawnAs[at] ?? parent.get(at);
    return at ?? id;
  };
  const pairs = new Set<string>();
  for (const r of selectView(cluster, 'overview').relations) {
    const from = shownAt(r.from);
    const to = shownAt(r.to);
    const moved = from !== r.from || to !== r.to;
    if (moved && (holds(from, to) || holds(to, from))) continue;
    if (from !== to && drawn.has(from) && drawn.has(to)) pairs.add(`${from} -> ${to}`);
  }
  return [...pairs].sort();
}

describe('layoutStructure folding relations', () => {
  const cases = [
    ['course', presets.course],
    ['haCloud', presets.haCloud],
  ] as const;
  for (const [name, cluster] of cases) {
    for (const detail of [1, 2, 3, 4]) {
      it(`draws one edge per pair of drawn ends, none from a box to itself (${name}, detail ${detail})`, () => {
        const sel = selectView(cluster, 'overview');
        const layout = layoutStructure(sel, { icons: true, aspect: 1.6, collapsePods: 12, shape: { detail } });
        const pairs = layout.edges.map((e) => `${e.from} -> ${e.to}`);
        expect(new Set(pairs).size).toBe(pairs.length);
        expect(layout.edges.filter((e) => e.from === e.to)).toEqual([]);
        const drawn = new Set(layout.boxes.map((b) => b.id));
        const parentOf = new Map(layout.boxes.map((b) => [b.id, b.parent]));
        const holds = (outer: string, inner: string) => {
          for (let at = parentOf.get(inner); at !== undefined; at = parentOf.get(at)) if (at === outer) return true;
          return false;
        };
        expect([...pairs].sort()).toEqual(expectedPairs(cluster, drawn, layout.drawnAs, holds));
        // Once node components fold into their nodes, the edges between them merge or go: fewer than the relations.
        if (detail >= 2) expect(pairs.length).toBeLessThan(sel.relations.length);
      });
    }
  }
});

describe('foldRelations', () => {
  const rel = (id: string, from: string, to: string) => ({ id, kind: 'reports' as const, from, to, label: id, derived: true });
  it('foldRelations keeps the first relation of each pair of ends, moved to the boxes drawn for them', () => {
    const alias = new Map<string, string>([
      ['kubelet-1', 'node-1'],
      ['proxy-1', 'node-1'],
      ['etcd', 'cp'],
      ['api', 'cp'],
    ]);
    const relations = [
      rel('a', 'kubelet-1', 'api'),
      rel('b', 'kubelet-1', 'proxy-1'),
      rel('c', 'node-1', 'pod-1'),
      rel('d', 'proxy-1', 'pod-1'),
      rel('e', 'proxy-1', 'api'),
      rel('f', 'node-1', 'pod-2'),
      rel('g', 'api', 'etcd'),
      rel('h', 'lb', 'proxy-1'),
    ];
    const out = foldRelations(relations, alias);
    expect(out.map((r) => `${r.id} ${r.from}->${r.to}`)).toEqual(['a node-1->cp', 'c node-1->pod-1', 'f node-1->pod-2', 'h lb->node-1']);
    // A relation whose ends are drawn as they are is handed on as it is.
    expect(out[1]).toBe(relations[2]);
    expect(relations[0]!.from).toBe('kubelet-1');
  });
  it('foldRelations drops a relation moved onto a box that holds its other end, and keeps one drawn as it is', () => {
    const alias = new Map<string, string>([['proxy-1', 'node-1']]);
    const relations = [rel('c', 'node-1', 'pod-1'), rel('d', 'proxy-1', 'pod-3'), rel('e', 'pod-2', 'proxy-1'), rel('h', 'lb', 'proxy-1')];
    const inNode = (from: string, to: string) => (from === 'node-1' && to.startsWith('pod')) || (to === 'node-1' && from.startsWith('pod'));
    expect(foldRelations(relations, alias, inNode).map((r) => `${r.id} ${r.from}->${r.to}`)).toEqual(['c node-1->pod-1', 'h lb->node-1']);
    expect(foldRelations(relations, alias).map((r) => r.id)).toEqual(['c', 'd', 'e', 'h']);
  });
  it('layoutView of a cluster whose components fold into their nodes draws no arrow from a node into its own pods', () => {
    for (const [cluster, fit] of [
      [presets.local, { width: 1136, height: 464 }],
      [presets.local, { width: 390 }],
      [presets.course, { width: 390 }],
    ] as const) {
      const l = layoutView(cluster, { fit, minFontPx: 16 });
      expect(l.folded.join(' ')).toMatch(/folded into their nodes/);
      const byId = new Map(l.boxes.map((b) => [b.id, b]));
      const holds = (outer: string, inner: string) => {
        for (let b = byId.get(inner); b?.parent !== undefined; b = byId.get(b.parent)) if (b.parent === outer) return true;
        return false;
      };
      expect(l.edges.filter((e) => holds(e.from, e.to) || holds(e.to, e.from)).map((e) => e.id)).toEqual([]);
      // The other relations of the folded components are still drawn, from their node.
      expect(l.edges.length).toBeGreaterThan(0);
    }
  });
  it('foldRelations gives a long list the same relations as a short one would get', () => {
    // Forty relations from ten boxes, each pair met four times, every other one through an alias.
    const alias = new Map<string, string>(Array.from({ length: 10 }, (_, i) => [`part-${i}`, `box-${i}`]));
    const relations = Array.from({ length: 40 }, (_, i) => rel(`r${i}`, i % 2 === 0 ? `part-${i % 10}` : `box-${i % 10}`, `to-${(i * 7) % 3}`));
    const out = foldRelations(relations, alias);
    const firsts = new Map<string, string>();
    for (const r of relations) {
      const pair = `${alias.get(r.from) ?? r.from}->${r.to}`;
      if (!firsts.has(pair)) firsts.set(pair, r.id);
    }
    expect(relations.length).toBeGreaterThan(32);
    expect(out.map((r) => `${r.id} ${r.from}->${r.to}`)).toEqual([...firsts].map(([pair, id]) => `${id} ${pair}`));
    // Both halves of the list, each short, give the pairs of their own relations.
    expect(foldRelations(relations.slice(0, 20), alias).length).toBe(new Set(relations.slice(0, 20).map((r) => `${alias.get(r.from) ?? r.from}->${r.to}`)).size);
  });
});
