import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { presets, VIEW_NAMES } from '@kubegram/model';
import { launchChromium } from '@kubegram/test-chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSvg } from '../src/svg/index.js';

// Every preset and view in both themes, drawn by a real browser, its labels measured with the
// browser's own text metrics: the check the shipped metrics table stands in for everywhere else.

// The page loads the same DejaVu files the metrics table was built from, so the browser sets
// the labels in the font the SVG names whatever the machine has installed.
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const face = (file: string, weight: string) =>
  `@font-face { font-family: 'DejaVu Sans'; font-weight: ${weight}; src: url(data:font/ttf;base64,${readFileSync(join(fontDir, file)).toString('base64')}) format('truetype'); }`;

function page(): string {
  const figures: string[] = [];
  for (const [name, cluster] of Object.entries(presets)) {
    for (const view of VIEW_NAMES) {
      for (const theme of ['light', 'dark'] as const) figures.push(`<figure data-case="${name} ${view} ${theme}">${toSvg(cluster, { view, theme })}</figure>`);
    }
  }
  // A control: a label the browser must find too wide, so the check is known to see spills.
  figures.push(
    `<figure data-case="control"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60"><g data-id="tight"><rect x="10" y="10" width="40" height="30"/><text font-family="DejaVu Sans" font-size="12"><tspan x="12" y="30">kube-apiserver</tspan></text></g></svg></figure>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${face('DejaVuSans.ttf', 'normal')} ${face('DejaVuSans-Bold.ttf', 'bold')}</style></head><body>${figures.join('')}</body></html>`;
}

/** Runs in the page: every label that leaves its box, as "case: id: text". */
function spills(): string[] {
  const out: string[] = [];
  const TOL = 0.75;
  const within = (inner: DOMRect, outer: DOMRect) =>
    inner.x >= outer.x - TOL && inner.y >= outer.y - TOL && inner.x + inner.width <= outer.x + outer.width + TOL && inner.y + inner.height <= outer.y + outer.height + TOL;
  for (const fig of Array.from(document.querySelectorAll('figure'))) {
    const name = fig.getAttribute('data-case');
    for (const g of Array.from(fig.querySelectorAll('g[data-id], g[data-collapsed-pods]'))) {
      const rect = g.querySelector(':scope > rect') as SVGRectElement | null;
      const text = g.querySelector(':scope > text') as SVGTextElement | null;
      if (!rect || !text) {
        out.push(`${name}: ${g.getAttribute('data-id')}: no box or no label`);
        continue;
      }
      const box = rect.getBBox();
      if (!within(text.getBBox(), box)) out.push(`${name}: ${g.getAttribute('data-id')}: "${text.textContent}" spills out vertically or sideways`);
      // A one-line label is the text element itself; longer ones have a tspan per line.
      const spans = text.querySelector('tspan') ? Array.from(text.querySelectorAll('tspan')) : [text];
      for (const span of spans) {
        const w = span.getComputedTextLength();
        const x = Number(span.getAttribute('x')) - (text.getAttribute('text-anchor') === 'middle' ? w / 2 : 0);
        if (x < box.x - TOL || x + w > box.x + box.width + TOL) out.push(`${name}: ${g.getAttribute('data-id')}: line "${span.textContent}" is ${w.toFixed(1)} px wide`);
      }
    }
    // A message label stays on its backdrop, so nothing draws through the text.
    for (const g of Array.from(fig.querySelectorAll('g[data-step]'))) {
      const back = g.querySelector(':scope > rect') as SVGRectElement | null;
      const text = g.querySelector(':scope > text') as SVGTextElement | null;
      if (!back || !text || !within(text.getBBox(), back.getBBox())) out.push(`${name}: step ${g.getAttribute('data-step')}: label leaves its backdrop`);
    }
  }
  return out;
}

describe('SVG output in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('every label of every preset and view fits its box as the browser measures it', async () => {
    const tab = await browser.newPage();
    await tab.setContent(page());
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    const loaded = await tab.evaluate(() => document.fonts.check("12px 'DejaVu Sans'") && document.fonts.check("bold 13px 'DejaVu Sans'"));
    expect(loaded).toBe(true);
    const figures = await tab.evaluate(() => document.querySelectorAll('figure').length);
    expect(figures).toBe(Object.keys(presets).length * VIEW_NAMES.length * 2 + 1);
    const found = await tab.evaluate(spills);
    expect(found.filter((f) => f.startsWith('control:'))).toEqual(['control: tight: "kube-apiserver" spills out vertically or sideways', expect.stringMatching(/^control: tight: line "kube-apiserver" is 8\d\.\d px wide$/)]);
    expect(found.filter((f) => !f.startsWith('control:'))).toEqual([]);
    await tab.close();
  }, 30_000);
});
