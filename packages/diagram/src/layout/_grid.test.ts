import { describe, expect, it } from 'vitest';
import { buildGrid, gridObstacles, gridPathClear, openPass, releaseGrid } from './_grid.js';
import type { LayoutBox } from './types.js';

const box = (id: string, x: number, y: number, w: number, h: number): LayoutBox =>
  ({ id, kind: 'pod', x, y, w, h, description: '', label: { lines: [], x: 0, y: 0, anchor: 'middle' }, container: false }) as unknown as LayoutBox;
// A row of boxes 100 px apart along y = 50.
const row = (n: number): LayoutBox[] => Array.from({ length: n }, (_, k) => box(`b${k}`, 100 * k + 10, 10, 80, 80));
const canvas = (n: number) => ({ x: 0, y: 0, w: 100 * n, h: 100 });
const noParent = () => -1;
const across = (n: number) => [{ x: 0, y: 50 }, { x: 100 * n, y: 50 }];

describe('box grid', () => {
  it('buildGrid after releaseGrid sees every box, whatever the grid before it marked', () => {
    const first = buildGrid(row(40), canvas(40), noParent);
    const pass = openPass(first, [], 0);
    expect(gridObstacles(first, canvas(40), pass)).toHaveLength(40);
    releaseGrid(first);
    const next = buildGrid(row(12), canvas(12), noParent);
    const again = openPass(next, [], 0);
    expect(gridObstacles(next, canvas(12), again)).toEqual(Array.from({ length: 12 }, (_, k) => k));
    expect(gridPathClear(next, across(12), again)).toBe(false);
    expect(gridPathClear(next, [{ x: 0, y: 95 }, { x: 1200, y: 95 }], again)).toBe(true);
    releaseGrid(next);
  });
  it('buildGrid while another grid is out leaves that grid as it was', () => {
    const held = buildGrid(row(5), canvas(5), noParent);
    const other = buildGrid([box('far', 10, 10, 30, 30)], { x: 0, y: 0, w: 50, h: 50 }, noParent);
    const pass = openPass(held, [0, 1, 2, 3], 4);
    expect(gridObstacles(held, canvas(5), pass)).toEqual([4]);
    expect(gridPathClear(held, [{ x: 0, y: 50 }, { x: 400, y: 50 }], pass)).toBe(true);
    releaseGrid(other);
    releaseGrid(held);
  });
});
