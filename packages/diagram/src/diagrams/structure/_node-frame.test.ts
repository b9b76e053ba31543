import { describe, expect, it } from 'vitest';
import { podColumns } from './_node-frame.js';

describe('podColumns', () => {
  it('podColumns is 0 without pods and never more than the pods', () => {
    expect(podColumns(1000, 100, 60, 0)).toBe(0);
    expect(podColumns(1000, 100, 60, 3)).toBe(3);
  });
  it('podColumns fits as many columns as the inner width holds', () => {
    // (inner - 2 inset + gap) / (pod + gap) = (400 - 12 + 26) / 126 = 3.28.
    expect(podColumns(400, 100, 60, 10)).toBe(3);
  });
  it('podColumns widens a grid that would be more than twice as tall as wide', () => {
    // One column of 10 pods of 100 x 100 is 1000 tall for 100 wide: widened to 3 columns (400 tall, 300 wide).
    expect(podColumns(100, 100, 100, 10)).toBe(3);
  });
});
