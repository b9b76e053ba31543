// The size diagram labels are drawn at on every slide of every built deck, in Debian's Chromium at
// 1280x720: 16 CSS px or more. Icon badge abbreviations live in <symbol>s; they are icons, not labels.
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '@kubegram/test-chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtDecks, DIST } from './_built.ts';

const MIN_PX = 16;
const decks = builtDecks();
let browser: Browser;
const smallest = new Map<string, { slide: number; view: string; px: number; text: string }[]>();

beforeAll(async () => {
  browser = await launchChromium();
  for (const deck of decks) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(pathToFileURL(deck).href);
    const count = await page.locator('svg[data-marpit-svg]').count();
    const out: { slide: number; view: string; px: number; text: string }[] = [];
    for (let n = 1; n <= count; n++) {
      await page.evaluate((i) => void (location.hash = `#${i}`), n);
      await page.waitForFunction((i) => {
        const s = document.querySelectorAll('svg[data-marpit-svg]')[i - 1];
        return s !== undefined && getComputedStyle(s).visibility !== 'hidden' && s.getBoundingClientRect().width > 0;
      }, n);
      const found = await page.evaluate((i) => {
        const section = document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section')[i - 1] as HTMLElement;
        // Slide pixels: the slide is scaled to the window, so measure against its 1280 px width.
        const slideScale = section.getBoundingClientRect().width / 1280;
        let px = Infinity;
        let text = '';
        let view = '';
        for (const svg of section.querySelectorAll<SVGSVGElement>('.kg-canvas > svg')) {
          view = svg.dataset['view'] ?? '';
          const vb = svg.viewBox.baseVal;
          const r = svg.getBoundingClientRect();
          const scale = Math.min(r.width / vb.width, r.height / vb.height) / slideScale;
          for (const t of svg.querySelectorAll('text')) {
            if (t.closest('symbol, defs')) continue;
            const size = parseFloat(getComputedStyle(t).fontSize) * scale;
            if (size < px) [px, text] = [size, t.textContent ?? ''];
          }
        }
        return px === Infinity ? null : { view, px: Math.round(px * 10) / 10, text };
      }, n);
      if (found) out.push({ slide: n, ...found });
    }
    smallest.set(deck, out);
    await page.close();
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('diagram labels on slides at 1280x720', () => {
  test('the build wrote decks with diagrams', () => {
    expect([...smallest.values()].flat().length).toBeGreaterThan(0);
  });
  for (const deck of decks) {
    test(`every diagram label in ${relative(DIST, deck)} is drawn at ${MIN_PX} px or more`, () => {
      const slides = smallest.get(deck)!;
      console.log(`${relative(DIST, deck)}: ${slides.map((s) => `#${s.slide} (${s.view}) ${s.px}px`).join(', ')}`);
      expect(slides.filter((s) => s.px < MIN_PX)).toEqual([]);
    });
  }
});
