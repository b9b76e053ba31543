import { describe, expect, it } from 'vitest';
import { problemsOf, sharedSegmentsOf } from './_svg-geometry.js';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" role="img"><title>t</title><desc>d</desc>${body}</svg>`;
const box = (id: string, x: number, y: number, w: number, h: number, inner = '') =>
  `<g data-id="${id}" data-kind="pod"><rect x="${x}" y="${y}" width="${w}" height="${h}"/><text font-size="12"><tspan x="${x + 2}" y="${y + 14}">a</tspan></text>${inner}</g>`;

describe('problemsOf, the geometry checker the tests rely on', () => {
  it('passes a clean picture', () => {
    expect(problemsOf(svg(box('a', 0, 0, 50, 40) + box('b', 100, 0, 50, 40)))).toEqual([]);
  });
  it('reports overlapping siblings, a child outside its parent and a spilling label', () => {
    const p = problemsOf(svg(box('a', 0, 0, 50, 40) + box('b', 40, 0, 50, 40, box('c', 80, 30, 50, 40)) + box('d', 200, 0, 5, 40)));
    expect(p).toContain('siblings a and b overlap');
    expect(p).toContain('c is not inside b');
    expect(p).toContain('label line "a" of d leaves its box');
  });
  it('reports an edge through a box and an edge off the border', () => {
    const edge = '<g data-edge="e" data-from="a" data-to="c" data-kind="custom"><path d="M50,20L200,20"/></g>';
    const p = problemsOf(svg(box('a', 0, 0, 50, 40) + box('b', 100, 0, 50, 40) + box('c', 200, 0, 50, 40) + edge));
    expect(p).toContain('edge e passes through b');
    const off = '<g data-edge="f" data-from="a" data-to="c" data-kind="custom"><path d="M60,20L200,20"/></g>';
    expect(problemsOf(svg(box('a', 0, 0, 50, 40) + box('c', 200, 0, 50, 40) + off))).toContain('edge f does not start on the border of a');
  });
  it('reports forbidden markup', () => {
    expect(problemsOf(svg('<script>x</script><rect onclick="x" width="1" height="1"/>'))).toEqual(['forbidden <script>', 'forbidden attribute onclick="x"']);
  });
  it('lets <use> point at a symbol of the same picture and reports any other reference', () => {
    const defs = '<defs><symbol id="s"><rect width="1" height="1"/></symbol></defs>';
    expect(problemsOf(svg(`${defs}<use href="#s" x="1" y="1"/>`))).toEqual([]);
    expect(problemsOf(svg(`${defs}<use href="#missing"/>`))).toEqual(['forbidden attribute href="#missing"']);
    expect(problemsOf(svg(`${defs}<use href="other.svg#s"/>`))).toEqual(['forbidden attribute href="other.svg#s"']);
    expect(problemsOf(svg(`${defs}<use/>`))).toEqual(['<use> without a same-document href']);
    expect(problemsOf(svg(`${defs}<rect href="#s" width="1" height="1"/>`))).toEqual(['forbidden attribute href="#s"']);
  });
  it('reports two edges from different boxes along the same line, and lets a bus through', () => {
    const edge = (id: string, from: string, to: string, d: string) => `<g data-edge="${id}" data-from="${from}" data-to="${to}" data-kind="custom"><path d="${d}"/></g>`;
    const shared = svg(edge('e', 'a', 'b', 'M0,10L100,10') + edge('f', 'c', 'd', 'M50,10L150,10'));
    expect(sharedSegmentsOf(shared)).toEqual(['e and f share a segment']);
    const bus = svg(edge('e', 'a', 'b', 'M0,10L100,10L100,50') + edge('f', 'a', 'd', 'M0,10L150,10'));
    expect(sharedSegmentsOf(bus)).toEqual([]);
    const crossing = svg(edge('e', 'a', 'b', 'M0,10L100,10') + edge('f', 'c', 'd', 'M50,0L50,50'));
    expect(sharedSegmentsOf(crossing)).toEqual([]);
  });
});
