import { describe, expect, it } from 'vitest';
import { idTable } from './id-table.js';

describe('idTable', () => {
  it('idTable(items, idOf) finds the number of every item by its id, and nothing for an id no item has', () => {
    const items = Array.from({ length: 5000 }, (_, k) => ({ id: `w${k % 97}-p${k}` }));
    const table = idTable(items, (i) => i.id);
    expect(items.every((item, k) => table.get(item.id) === k && table.has(item.id))).toBe(true);
    expect(table.get('w0-p5000')).toBeUndefined();
    expect(table.has('')).toBe(false);
    expect(table.repeats).toBe(false);
  });

  it('idTable finds the later of two items with one id, as a Map filled in order does, and says the list repeats it', () => {
    const table = idTable([{ id: 'a' }, { id: 'b' }, { id: 'a' }], (i) => i.id);
    expect(table.get('a')).toBe(2);
    expect(table.get('b')).toBe(1);
    expect(table.repeats).toBe(true);
  });

  it('idTable of no items finds nothing', () => {
    const table = idTable([], (i: { id: string }) => i.id);
    expect(table.get('a')).toBeUndefined();
    expect(table.has('a')).toBe(false);
  });

  it('idTable finds the same numbers and repeats for a short list as for a long one', () => {
    for (const length of [3, 2048, 2049, 4100]) {
      const items = Array.from({ length }, (_, k) => ({ id: `id-${k % (length - 1)}` }));
      const table = idTable(items, (i) => i.id);
      expect(table.repeats).toBe(true);
      expect(table.get('id-0')).toBe(length - 1);
      expect(items.slice(1, -1).every((item, k) => table.get(item.id) === k + 1)).toBe(true);
      expect(table.has(`id-${length}`)).toBe(false);
    }
  });
});
