import { describe, expect, it } from 'vitest';
import { boxOf, indexBoxes, releaseIndex } from './_route.js';
import type { LayoutBox } from './types.js';

const box = (id: string, k: number, parent?: string): LayoutBox =>
  ({ id, kind: 'pod', x: 20 * (k % 100), y: 20 * Math.floor(k / 100), w: 10, h: 10, description: '', container: false, ...(parent === undefined ? {} : { parent }) }) as unknown as LayoutBox;
const boxes = (n: number): LayoutBox[] => Array.from({ length: n }, (_, k) => box(k === 0 ? 'root' : `b${k}`, k, k === 0 ? undefined : 'root'));

describe('box index', () => {
  // A few boxes and more than a Map holds: the two ways the index keeps numbers find the same.
  for (const n of [12, 5000]) {
    it(`indexBoxes finds each of ${n} boxes by id, its parent by number, and the later of two boxes with one id`, () => {
      const list = [...boxes(n), box('b7', n)];
      const index = indexBoxes(list, { x: 0, y: 0, w: 2000, h: 20 * Math.ceil((n + 1) / 100) });
      expect(index.at.get('b5')).toBe(5);
      expect(boxOf(index, 'b7')).toBe(list[n]);
      expect(index.at.get('nowhere')).toBeUndefined();
      expect(index.parent[3]).toBe(0);
      expect(index.parent[0]).toBe(-1);
      releaseIndex(index);
    });
  }
});
