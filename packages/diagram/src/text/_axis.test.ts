import { describe, expect, it } from 'vitest';
import { axisCells } from './_axis.js';

describe('axisCells', () => {
  it('axisCells scales distances and keeps distinct coordinates at least one cell apart', () => {
    expect([...axisCells([0, 100, 101, 300], [], 0.1)]).toEqual([
      [0, 0],
      [100, 10],
      [101, 11],
      [300, 31],
    ]);
  });
  it('axisCells widens a span to meet its rule, pushing what follows along', () => {
    const cells = axisCells([0, 10, 20, 30], [{ from: 0, to: 10, gap: 8 }], 0.1);
    expect([...cells.values()]).toEqual([0, 8, 9, 10]);
  });
  it('axisCells applies rules from cells already pushed', () => {
    const cells = axisCells([0, 10, 20], [{ from: 0, to: 10, gap: 5 }, { from: 10, to: 20, gap: 5 }], 0);
    expect(cells.get(20)).toBe(10);
  });
});
