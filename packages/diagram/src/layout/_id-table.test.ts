import { describe, expect, it } from 'vitest';
import { idMap, idTable } from './_id-table.js';

describe('idTable', () => {
  it('idTable(items, idOf).get(id) finds the number of every item, and nothing for an id no item has', () => {
    const items = Array.from({ length: 5000 }, (_, k) => ({ id: `w${k % 97}-p${k}` }));
    const table = idTable(items, (i) => i.id);
    for (let k = 0; k < items.length; k++) expect(table.get(items[k]!.id)).toBe(k);
    expect(table.get('w0-p5000')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });
  it('idTable finds the later of two items with one id, as a Map filled in order does', () => {
    const table = idTable([{ id: 'a' }, { id: 'b' }, { id: 'a' }], (i) => i.id);
    expect(table.get('a')).toBe(2);
    expect(table.get('b')).toBe(1);
  });
  it('idTable of no items finds nothing', () => {
    expect(idTable([], (i: { id: string }) => i.id).get('a')).toBeUndefined();
  });
});

describe('idMap', () => {
  it('idMap(items, idOf) gets and has what was set by id, nothing else, ids outside the list included', () => {
    const items = Array.from({ length: 3000 }, (_, k) => ({ id: `pod-${k}` }));
    const map = idMap<{ id: string }, string>(items, (i) => i.id);
    expect(map.has('pod-5')).toBe(false);
    map.set('pod-5', 'five');
    map.set('elsewhere', 'outside');
    expect(map.get('pod-5')).toBe('five');
    expect(map.has('pod-5')).toBe(true);
    expect(map.get('pod-6')).toBeUndefined();
    expect(map.has('pod-6')).toBe(false);
    expect(map.get('elsewhere')).toBe('outside');
    expect(map.has('nowhere')).toBe(false);
  });
});
