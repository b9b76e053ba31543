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
  it('searchGrid keeps each line once, drops lines outside the bounds, and finds vertices at exact lines only', () => {
    // Two obstacles whose margins meet on x 50, a point on a margin line and one left of the bounds.
    const g = searchGrid([{ x: 20, y: 20, w: 24, h: 10 }, { x: 56, y: 20, w: 20, h: 10 }], bounds, [{ x: 6, y: 25 }, { x: -5, y: 25 }]);
    expect(g.xs).toEqual([6, 14, 50, 82, 94]);
    expect(g.ys).toEqual([6, 14, 25, 36, 94]);
    expect(g.vertexOf({ x: 50, y: 25 })).toBe(2 * g.nx + 2);
    expect(g.vertexOf({ x: 94, y: 94 })).toBe(4 * g.nx + 4);
    expect(g.vertexOf({ x: 5, y: 25 })).toBe(-1);
    expect(g.vertexOf({ x: 95, y: 25 })).toBe(-1);
    expect(g.vertexOf({ x: 50, y: 24.5 })).toBe(-1);
  });
  it('upper finds the first value above v', () => {
    expect(upper([1, 2, 2, 5], 2)).toBe(3);
    expect(upper([1, 2, 2, 5], 0)).toBe(0);
    expect(upper([1, 2, 2, 5], 9)).toBe(4);
  });
});
