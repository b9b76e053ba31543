import type { ElementKind } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { frameOfSizes, nodeFrame, nodeParts, placeNode, podColumns } from './_node-frame.js';
import { work } from './_work.js';

describe('podColumns', () => {
  it('podColumns is 0 without pods and never more than the pods', () => {
    expect(podColumns(1000, 100, 60, 0)).toBe(0);
    expect(podColumns(1000, 100, 60, 3)).toBe(3);
  });
  it('podColumns fits as many columns as the inner width holds', () => {
    // (inner - 2 inset + gap) / (pod + gap) = (400 - 12 + 26) / 126 = 3.28.
    expect(podColumns(400, 100, 60, 10)).toBe(3);
  });
  it('podColumns widens a grid that would be more than twice as tall as wide', () => {
    // One column of 10 pods of 100 x 100 is 1000 tall for 100 wide: widened to 3 columns (400 tall, 300 wide).
    expect(podColumns(100, 100, 100, 10)).toBe(3);
  });
});

describe('frameOfSizes with pods stacked', () => {
  const empty = { cpRow: [], api: [], agents: [], other: [] };
  const tall = { ...empty, pods: [{ w: 140, h: 142 }, { w: 120, h: 100 }] };
  it('frameOfSizes stacks a node\'s pods in one column however tall, where the grid would widen to two', () => {
    const grid = frameOfSizes([{ w: 60, h: 40 }], [tall], false);
    const stacked = frameOfSizes([{ w: 60, h: 40 }], [tall], false, true);
    expect(grid.podCols).toBe(2);
    expect(stacked.podCols).toBe(1);
    // One pod wide (140 and the insets) and two pods tall (under the title band, with the gap between them).
    expect([stacked.innerW, stacked.w]).toEqual([152, 180]);
    expect(stacked.h).toBe(40 + 2 * 142 + 14 + 14);
    expect(stacked.w).toBeLessThan(grid.w);
  });
  it('frameOfSizes with pods stacked and no pods frames the parts alone', () => {
    const none = { ...empty, pods: [] };
    expect(frameOfSizes([{ w: 60, h: 40 }], [none], false, true)).toEqual(frameOfSizes([{ w: 60, h: 40 }], [none], false));
  });
});

describe('placeNode', () => {
  it('places a node’s parts in their slots, model order kept within a kind, however the model lists them', () => {
    const cache = new Map();
    const node = work({ id: 'n', kind: 'control-plane-node', label: 'cp', description: '', parent: undefined }, true, cache);
    const part = (id: string, kind: ElementKind) => work({ id, kind, label: id, description: '', parent: 'n' }, false, cache);
    node.children = [part('sched', 'scheduler'), part('etcd-a', 'etcd'), part('proxy', 'kube-proxy'), part('etcd-b', 'etcd'), part('kubelet', 'kubelet')];
    placeNode(node, nodeFrame([node], false), false);
    const byX = (ids: string[]) => ids.map((id) => node.children.find((c) => c.id === id)!).sort((a, b) => a.x - b.x).map((c) => c.id);
    const row = (id: string) => node.children.find((c) => c.id === id)!.y;
    expect(byX(['sched', 'etcd-a', 'etcd-b'])).toEqual(['etcd-a', 'etcd-b', 'sched']);
    expect(row('etcd-a')).toBe(row('sched'));
    expect(byX(['proxy', 'kubelet'])).toEqual(['kubelet', 'proxy']);
    expect(row('kubelet')).toBeGreaterThan(row('sched'));
  });
});

describe('nodeFrame with parts found before', () => {
  it('nodeFrame given the nodes\' parts, found once for a level of detail, frames them as it does finding them itself', () => {
    const cache = new Map();
    const node = (id: string, kinds: ElementKind[]) => {
      const n = work({ id, kind: 'worker-node', label: id, description: '', parent: undefined }, true, cache);
      n.children = kinds.map((k, i) => work({ id: `${id}-${i}`, kind: k, label: `${k} ${i}`, description: '', parent: id }, false, cache));
      return n;
    };
    const nodes = [node('a', ['kube-proxy', 'kubelet', 'pod', 'pod', 'container-runtime']), node('b', ['kubelet', 'pod', 'pod', 'pod'])];
    const parts = nodes.map(nodeParts);
    for (const fold of [false, true]) expect(nodeFrame(nodes, true, fold, parts)).toEqual(nodeFrame(nodes, true, fold));
    expect(parts[0]!.agents.map((c) => c.kind)).toEqual(['kubelet', 'container-runtime', 'kube-proxy']);
  });
});
