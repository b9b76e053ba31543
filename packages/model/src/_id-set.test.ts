import { describe, expect, it } from 'vitest';
import { idSet } from './_id-set.js';

describe('idSet', () => {
  it('idSet(items, idOf).has(id) holds for every item id and for no other', () => {
    const items = Array.from({ length: 5000 }, (_, k) => ({ id: `w${k % 97}-p${k}` }));
    const ids = idSet(items, (i) => i.id);
    expect(items.every((i) => ids.has(i.id))).toBe(true);
    expect(ids.has('w0-p5000')).toBe(false);
    expect(ids.has('')).toBe(false);
    expect(ids.repeats).toBe(false);
  });
  it('idSet says when two items share an id', () => {
    expect(idSet([{ id: 'a' }, { id: 'b' }, { id: 'a' }], (i) => i.id).repeats).toBe(true);
    expect(idSet([], (i: { id: string }) => i.id).has('a')).toBe(false);
  });
});
