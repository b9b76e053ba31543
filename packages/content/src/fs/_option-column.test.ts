import { describe, expect, test } from 'vitest';
import { optionColumn } from './_option-column.js';

const LINE = 'See ![A](a.svg "kubegram: ../models/shop.yaml#workr node=x highlight=a,b")';

describe('optionColumn', () => {
  test('points at the model, the view and each option of the reference', () => {
    const at = (path: string) => LINE.slice(optionColumn(LINE, 5, path) - 1);
    expect(at('diagrams[0].model')).toMatch(/^\.\.\/models\/shop\.yaml#/);
    expect(at('diagrams[0].view')).toMatch(/^workr /);
    expect(at('diagrams[0].options.node')).toMatch(/^node=x/);
    expect(at('diagrams[2].options.highlight')).toMatch(/^highlight=a,b/);
  });

  test('keeps the reference column for other paths and parts it cannot find', () => {
    expect(optionColumn(LINE, 5, 'diagrams[0].src')).toBe(5);
    expect(optionColumn(LINE, 5, 'diagrams[0].options.tour')).toBe(5);
    expect(optionColumn('![A](a.svg "kubegram: shop.yaml")', 1, 'diagrams[0].view')).toBe(1);
  });
});
