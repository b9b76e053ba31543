import { describe, expect, it } from 'vitest';
import { svgChildren, type MarkupChild } from './_svg-children.ts';
import { innerChildren, svgChildrenAfter } from './_svg-children-after.ts';

const box = (i: number, label = `box ${i}`) => `<g data-id="b${i}"><rect x="${i}" width="10"/><text>${label}</text></g>`;
const picture = Array.from({ length: 200 }, (_, i) => box(i)).join('\n');

describe('svgChildrenAfter', () => {
  it('svgChildrenAfter(before, svgChildren(before), after) is svgChildren(after), for changes anywhere', () => {
    const changes = [
      picture.replace('box 100<', 'box 100x<'),
      picture.replace(box(0), box(0, 'first')),
      picture.replace(box(199), box(199, 'last')),
      picture.replace(`${box(50)}\n`, ''),
      picture.replace(`\n${box(50)}`, `\n${box(50)}\n<g/>`),
      picture.replace('\n<g data-id="b7"', 'text\n<g data-id="b7"'),
      picture.replace('</g>\n<g data-id="b9"', '</g>\nmore text<g data-id="b9"'),
      picture.replace('</g>\n<g data-id="b9"', '</g>\n<g data-id="b9"').replace('x="150"', 'x="151"'),
      `lead ${picture}`,
      `${picture} trail`,
      picture.replace('<text>box 30</text></g>', '<text>box 30</text>'),
      picture.replace('<g data-id="b31">', '<!-- c --><g data-id="b31">'),
      picture,
      '',
    ];
    const children = svgChildren(picture)!;
    for (const after of changes) expect(svgChildrenAfter(picture, children, after)).toEqual(svgChildren(after));
  });

  it('svgChildrenAfter keeps the very children of before outside the change', () => {
    const children = svgChildren(picture)!;
    const after = svgChildrenAfter(picture, children, picture.replace('box 100<', 'box 100x<'))!;
    expect(after[0]).toBe(children[0]);
    expect(after[after.length - 1]).toBe(children[children.length - 1]);
    expect(after.filter((c, i) => c !== children[i]).map((c) => c.text)).toEqual([box(100, 'box 100x')]);
  });

  it('svgChildrenAfter agrees with svgChildren after any one character is typed or deleted anywhere', () => {
    const small = Array.from({ length: 6 }, (_, i) => box(i)).join('\n');
    const children = svgChildren(small)!;
    for (let at = 0; at <= small.length; at++) {
      for (const after of [small.slice(0, at) + '<' + small.slice(at), small.slice(0, at) + 'x' + small.slice(at), small.slice(0, at) + '>' + small.slice(at), small.slice(0, at) + '/' + small.slice(at), small.slice(0, at) + small.slice(at + 1)]) {
        expect(svgChildrenAfter(small, children, after)).toEqual(svgChildren(after));
      }
    }
  });

  it('svgChildrenAfter agrees with svgChildren at every depth after any one character is typed or deleted inside nested elements', () => {
    const nested = `<svg viewBox="0 0 9 9"><title>t</title><g class="canvas">${Array.from({ length: 2 }, (_, i) => `<g data-id="n${i}">${box(i)}<text></text>${box(i + 2)}</g>`).join('')}</g></svg>`;
    const split = (text: string): unknown => svgChildren(text)?.map((c) => ({ text: c.text, inner: c.element && split(c.element.inner) }));
    const walk = (children: readonly MarkupChild[] | undefined): unknown => children?.map((c) => ({ text: c.text, inner: c.element && walk(innerChildren(c)) }));
    for (let at = 0; at <= nested.length; at++) {
      for (const after of [nested.slice(0, at) + 'x' + nested.slice(at), nested.slice(0, at) + '</g><g>' + nested.slice(at), nested.slice(0, at) + '<' + nested.slice(at), nested.slice(0, at) + nested.slice(at + 1)]) {
        const children = svgChildren(nested)!;
        walk(children);
        expect(walk(svgChildrenAfter(nested, children, after))).toEqual(split(after));
      }
    }
  });

  it('svgChildrenAfter goes down to the element that holds a change, keeping every other child at every depth', () => {
    const nested = `<svg><g class="canvas">${picture}</g></svg>`;
    const children = svgChildren(nested)!;
    const [svg] = children;
    const [canvas] = innerChildren(svg!)!;
    const boxes = innerChildren(canvas!)!;
    const [after] = svgChildrenAfter(nested, children, nested.replace('box 100<', 'box 100x<'))!;
    const [canvasAfter] = innerChildren(after!)!;
    const boxesAfter = innerChildren(canvasAfter!)!;
    expect(boxesAfter.filter((c, i) => c !== boxes[i]).map((c) => c.text)).toEqual([box(100, 'box 100x')]);
  });

  it('svgChildrenAfter agrees with svgChildren when one change runs from a title into the content of a later element', () => {
    const nested = `<svg><title>T</title><desc>d</desc><g class="cluster">${Array.from({ length: 3 }, (_, i) => box(i)).join('')}</g></svg>`;
    const split = (text: string): unknown => svgChildren(text)?.map((c) => ({ text: c.text, inner: c.element && split(c.element.inner) }));
    const walk = (children: readonly MarkupChild[] | undefined): unknown => children?.map((c) => ({ text: c.text, inner: c.element && walk(innerChildren(c)) }));
    const title = nested.indexOf('T<');
    for (let at = title + 1; at <= nested.length; at++) {
      for (const typed of ['x', '<', '</g><g>']) {
        const after = `${nested.slice(0, title)}T${typed}${nested.slice(title + 1, at)}${typed}${nested.slice(at)}`;
        const children = svgChildren(nested)!;
        walk(children);
        expect(walk(svgChildrenAfter(nested, children, after))).toEqual(split(after));
      }
    }
  });

  it('svgChildrenAfter keeps the children of a later element that a change from the title reaches into', () => {
    const nested = `<svg><title>T</title><g class="cluster"><text>T</text>${picture}</g></svg>`;
    const children = svgChildren(nested)!;
    const boxes = innerChildren(innerChildren(children[0]!)![1]!)!;
    const after = svgChildrenAfter(nested, children, nested.replaceAll('T<', 'Tx<'))!;
    const boxesAfter = innerChildren(innerChildren(after[0]!)![1]!)!;
    expect(boxesAfter.filter((c, i) => c !== boxes[i]).map((c) => c.text)).toEqual(['<text>Tx</text>']);
  });
});
