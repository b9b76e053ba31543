import { describe, expect, it } from 'vitest';
import { shopSpec } from './_breadth-fixture.js';
import type { ElementKind } from './element-kinds.js';
import { elementsOf, elementsOfKinds } from './elements.js';
import { parseCluster } from './parse.js';
import { presets } from './presets/index.js';

describe('elementsOf', () => {
  it('lists each namespace once, at the path of the object that first names it', () => {
    const r = parseCluster({
      id: 'ns',
      nodes: [
        { id: 'cp', role: 'control-plane' },
        { id: 'w', role: 'worker', pods: [{ id: 'a', namespace: 'shop', containers: [{ id: 'a1', image: 'x' }] }, { id: 'b', namespace: 'shop', containers: [{ id: 'b1', image: 'x' }] }, { id: 'c', containers: [{ id: 'c1', image: 'x' }] }] },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const namespaces = elementsOf(r.cluster).filter((e) => e.kind === 'namespace');
    expect(namespaces.map((e) => [e.id, e.path])).toEqual([
      ['namespace:shop', 'nodes[1].pods[0].namespace'],
      ['namespace:default', 'nodes[1].pods[2].namespace'],
    ]);
  });
});

describe('elementsOfKinds', () => {
  it('lists the elements elementsOf lists of the kinds asked for, in the same order, and all when none are given', () => {
    const shop = parseCluster(shopSpec());
    if (!shop.ok) throw new Error(JSON.stringify(shop.errors));
    const shown = new Set<ElementKind>(['cluster', 'worker-node', 'controller', 'container', 'volume', 'load-balancer', 'namespace', 'service']);
    for (const cluster of [...Object.values(presets), shop.cluster]) {
      const some = elementsOfKinds(cluster, shown);
      expect(some).toEqual(elementsOf(cluster).filter((e) => shown.has(e.kind)));
      expect(elementsOfKinds(cluster, undefined)).toEqual(elementsOf(cluster));
    }
    expect(new Set(elementsOfKinds(shop.cluster, shown).map((e) => e.kind)).size).toBeGreaterThan(4);
  });
});
