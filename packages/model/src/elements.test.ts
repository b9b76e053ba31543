import { describe, expect, it } from 'vitest';
import { elementsOf } from './elements.js';
import { parseCluster } from './parse.js';

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
