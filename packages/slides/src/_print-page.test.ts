import { expect, test } from 'vitest';
import { printedSlides, printPage, withoutContainer } from './_print-page.js';

const SCRIPT = '<script>(function(){customElements.define("marp-h1", class extends HTMLElement {})})()</script>';

test('printedSlides leaves out marp-core\'s script when no slide has an element it scales', () => {
  expect(printedSlides(`<svg data-marpit-svg=""><foreignObject><section><h1>A</h1></section></foreignObject></svg>${SCRIPT}`)).toBe('<svg data-marpit-svg=""><foreignObject><section><h1>A</h1></section></foreignObject></svg>');
});

test('printedSlides keeps the script for headings and code that fit themselves, and slides without one as they are', () => {
  for (const slide of ['<h1 is="marp-h1" data-auto-scaling="downscale-only">A</h1>', '<marp-pre>x</marp-pre>', '<p data-marp-fitting="svg">x</p>']) {
    expect(printedSlides(`<section>${slide}</section>${SCRIPT}`)).toBe(`<section>${slide}</section>${SCRIPT}`);
  }
  expect(printedSlides('<section><h1>A</h1></section>')).toBe('<section><h1>A</h1></section>');
});

test('withoutContainer unwraps the slides and unscopes their styles, and leaves a render without that container alone', () => {
  const render = { html: `<div id=":$p"><svg></svg></div>${SCRIPT}`, css: 'div#\\:\\$p > svg > foreignObject > section{color:red}div#\\:\\$p > svg[data-marpit-svg]{display:block}' };
  expect(withoutContainer(render, { tag: 'div', id: ':$p' })).toEqual({ html: `<svg></svg>${SCRIPT}`, css: 'svg > foreignObject > section{color:red}svg[data-marpit-svg]{display:block}' });
  const bare = { html: '<svg></svg>', css: 'svg{color:red}' };
  expect(withoutContainer(bare, { tag: 'div', id: ':$p' })).toBe(bare);
});

test('printPage writes the document\'s language and escaped title before the styles', () => {
  expect(printPage({ html: '<svg></svg>', css: 'svg{}' }, { title: 'Pods & "nodes"' }, 'en')).toBe('<!DOCTYPE html><html lang="en"><head><title>Pods &amp; &quot;nodes&quot;</title><meta charset="UTF-8"><style>svg{}</style></head><body><svg></svg></body></html>');
  expect(printPage({ html: '', css: '' }, {}, undefined)).toBe('<!DOCTYPE html><html><head><meta charset="UTF-8"><style></style></head><body></body></html>');
});
