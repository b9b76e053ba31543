import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { num } from './_markup.js';

// What num has always meant: the number rounded to hundredths, written as JavaScript writes it.
const reference = (n: number) => String(Math.round(n * 100) / 100 + 0);

describe('num', () => {
  it('num(n) writes at most two decimals without trailing zeros or -0', () => {
    expect([12, 12.5, 12.05, 12.345, -0.5, -0.05, -0.001, 0.004, 1e6, Number.NaN].map(num)).toEqual(['12', '12.5', '12.05', '12.35', '-0.5', '-0.05', '0', '0', '1000000', 'NaN']);
  });

  it('num(n) is the text of n rounded to hundredths, for every hundredth and any double', () => {
    for (let cents = -100000; cents <= 100000; cents++) expect(num(cents / 100)).toBe(reference(cents / 100));
    fc.assert(fc.property(fc.double(), (n) => num(n) === reference(n)), { numRuns: 20000 });
  });
});
