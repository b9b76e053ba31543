import { describe, expect, it } from 'vitest';
import { searchGrid, upper } from './_search-grid.js';

describe('searchGrid', () => {
  const bounds = { x: 0, y: 0, w: 100, h: 100 };
  const grid = searchGrid([{ x: 40, y: 40, w: 20, h: 20 }], bounds, [{ x: 10, y: 50 }]);

  it('searchGrid runs lines a margin from the bounds and the obstacle, and through the given points', () => {
    expect(grid.xs).toEqual([6, 10, 34, 66, 94]);
    expect(grid.ys).toEqual([6, 34, 50, 66, 94]);
  });
  it('searchGrid blocks the vertices inside an obstacle and the stretches across it', () => {
    const v = grid.vertexOf({ x: 34, y: 50 });
    expect(v).toBeGreaterThanOrEqual(0);
    expect(grid.vBlock[v]).toBe(0);
    // From x 34 to x 66 at y 50 runs through the obstacle.
    expect(grid.hSeg[v]).toBe(1);
    // Along its top margin line it does not.
    expect(grid.hSeg[grid.vertexOf({ x: 34, y: 34 })]).toBe(0);
    expect(grid.vertexOf({ x: 35, y: 50 })).toBe(-1);
  });
  it('upper finds the first value above v', () => {
    expect(upper([1, 2, 2, 5], 2)).toBe(3);
    expect(upper([1, 2, 2, 5], 0)).toBe(0);
    expect(upper([1, 2, 2, 5], 9)).toBe(4);
  });
});
