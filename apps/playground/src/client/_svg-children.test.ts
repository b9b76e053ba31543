import { describe, expect, it } from 'vitest';
import { svgChildren } from './_svg-children.ts';

describe('svgChildren', () => {
  it('svgChildren(inner) splits text runs and whole elements, nested ones kept inside their parent', () => {
    const inner = '\n<title>A &amp; B</title><g data-id="a"><rect x="1"/><text>a</text></g>\n<rect x="2"/>';
    expect(svgChildren(inner)).toEqual([
      { text: '\n' },
      { text: '<title>A &amp; B</title>', element: { name: 'title', tag: '<title>', inner: 'A &amp; B' } },
      { text: '<g data-id="a"><rect x="1"/><text>a</text></g>', element: { name: 'g', tag: '<g data-id="a">', inner: '<rect x="1"/><text>a</text>' } },
      { text: '\n' },
      { text: '<rect x="2"/>', element: { name: 'rect', tag: '<rect x="2"/>', inner: '' } },
    ]);
  });

  it('svgChildren(inner) reads a > in text as text', () => {
    expect(svgChildren('<desc>a > b</desc>x')?.map((c) => c.text)).toEqual(['<desc>a > b</desc>', 'x']);
  });

  it('svgChildren(inner) gives undefined for markup it cannot split safely', () => {
    expect(svgChildren('<g><rect/>')).toBeUndefined();
    expect(svgChildren('<g></h>')).toBeUndefined();
    expect(svgChildren('<!-- note --><g/>')).toBeUndefined();
  });
});
