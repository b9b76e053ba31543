import { describe, expect, it } from 'vitest';
import { Heap } from './_heap.js';

describe('Heap', () => {
  it('heap.pop returns states cheapest first, the earliest pushed among equal costs', () => {
    const heap = new Heap();
    [[5, 1], [1, 2], [3, 3], [1, 4], [0, 5], [3, 6]].forEach(([f, s]) => heap.push(f!, s!));
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop());
    expect(out).toEqual([5, 2, 4, 3, 6, 1]);
  });
});
