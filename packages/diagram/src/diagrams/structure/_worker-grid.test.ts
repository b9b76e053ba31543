import { describe, expect, it } from 'vitest';
import { workerColumns } from './_worker-grid.js';

const node = { w: 300, h: 200 };
const none = { w: 0, h: 0 };

describe('workerColumns', () => {
  it('workerColumns gives one column for one worker, none for no workers', () => {
    expect(workerColumns({ count: 1, node, top: none, sideW: 0, aspect: 1.6 })).toBe(1);
    expect(workerColumns({ count: 0, node, top: none, sideW: 0, aspect: 1.6 })).toBe(0);
  });
  it('workerColumns makes a wide grid for a wide frame and a tall one for a tall frame', () => {
    const wide = workerColumns({ count: 12, node, top: none, sideW: 0, aspect: 3 });
    const tall = workerColumns({ count: 12, node, top: none, sideW: 0, aspect: 0.5 });
    expect(wide).toBeGreaterThan(tall);
    expect(tall).toBe(2);
    expect(wide).toBe(6);
  });
  it('workerColumns fills the width a wide control-plane row already takes', () => {
    const narrow = workerColumns({ count: 6, node, top: none, sideW: 0, aspect: 1 });
    const underWideRow = workerColumns({ count: 6, node, top: { w: 2000, h: 200 }, sideW: 0, aspect: 1 });
    expect(underWideRow).toBeGreaterThan(narrow);
  });
  it('workerColumns grows about with the square root of the count in a square frame', () => {
    const cols = workerColumns({ count: 1000, node: { w: 200, h: 200 }, top: none, sideW: 0, aspect: 1 });
    expect(cols).toBeGreaterThanOrEqual(28);
    expect(cols).toBeLessThanOrEqual(36);
  });
});
