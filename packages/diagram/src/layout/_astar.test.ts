import { describe, expect, it } from 'vitest';
import { searchPath } from './_astar.js';

const bounds = { x: 0, y: 0, w: 200, h: 200 };
const start = { border: { x: 20, y: 100 }, stub: { x: 26, y: 100 } };
const end = { border: { x: 180, y: 100 }, stub: { x: 174, y: 100 } };

describe('searchPath', () => {
  it('searchPath goes straight when nothing is in the way', () => {
    expect(searchPath([start], [end], [], bounds)).toEqual([start.border, end.border]);
  });
  it('searchPath goes round an obstacle with two bends on each side, a margin away from it', () => {
    const path = searchPath([start], [end], [{ x: 80, y: 60, w: 40, h: 80 }], bounds)!;
    expect(path[0]).toEqual(start.border);
    expect(path.at(-1)).toEqual(end.border);
    expect(path.some((p) => p.y === 54 || p.y === 146)).toBe(true);
    for (const p of path) expect(p.x > 80 && p.x < 120 && p.y > 60 && p.y < 140).toBe(false);
  });
  it('searchPath gives undefined when the obstacles wall the end in', () => {
    const walls = [
      { x: 150, y: 0, w: 10, h: 200 },
    ];
    expect(searchPath([start], [end], walls, bounds)).toBeUndefined();
  });
});
