// The size diagram labels are drawn at in a real browser (Debian's Chromium) at a 1280 px wide
// window and at a 390 px phone's: every label of every figure at 12 CSS px or more. Icon badge abbreviations live in
// <symbol>s; they are icons, not labels.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@kubegram/test-chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonSlug } from '@kubegram/content';
import { loadCourse } from '@kubegram/content/fs';
import { serveStatic, type StaticServer } from '@kubegram/site';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DIST = at('../dist/');
const course = await loadCourse(at('../../../content/'));
const PAGES = course.modules.flatMap((m) => m.lessons.filter((l) => l.diagrams.length > 0).map((l) => `${m.slug}/${lessonSlug(l)}.html`));
const MIN_PX = 12;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`no built site in ${DIST}: run "npm run build" in apps/docs first`);
  server = await serveStatic({ mounts: [{ prefix: '/', dir: DIST }] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The smallest label of each shown figure of a page, in CSS px, as the browser draws it. */
async function smallestLabels(path: string, width = 1280): Promise<{ id: string; view: string; px: number; text: string }[]> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
    return await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('.kg-diagram svg')]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const vb = svg.viewBox.baseVal;
          const r = svg.getBoundingClientRect();
          const scale = Math.min(r.width / vb.width, r.height / vb.height);
          let px = Infinity;
          let text = '';
          for (const t of svg.querySelectorAll('text')) {
            if (t.closest('symbol, defs')) continue;
            const size = parseFloat(getComputedStyle(t).fontSize) * scale;
            if (size < px) [px, text] = [size, t.textContent ?? ''];
          }
          return { id: svg.closest('figure')?.id ?? '', view: svg.dataset['view'] ?? '', px: Math.round(px * 10) / 10, text };
        }),
    );
  } finally {
    await context.close();
  }
}

describe('diagram labels at a 1280 px window', () => {
  it('the course has figures to measure', () => {
    expect(PAGES.length).toBeGreaterThan(0);
  });
  for (const path of PAGES) {
    it(`every label of every figure on ${path} is drawn at ${MIN_PX} px or more`, async () => {
      const figures = await smallestLabels(path);
      expect(figures.length).toBeGreaterThan(0);
      console.log(`${path}: ${figures.map((f) => `${f.id} (${f.view}) ${f.px}px`).join(', ')}`);
      expect(figures.filter((f) => f.px < MIN_PX)).toEqual([]);
    });
  }
});

describe('diagram labels at a 390 px phone window', () => {
  for (const path of PAGES) {
    it(`every label of every figure on ${path} is drawn at ${MIN_PX} px or more`, async () => {
      const figures = await smallestLabels(path, 390);
      expect(figures.length).toBeGreaterThan(0);
      console.log(`${path} at 390 px: ${figures.map((f) => `${f.id} (${f.view}) ${f.px}px`).join(', ')}`);
      expect(figures.filter((f) => f.px < MIN_PX)).toEqual([]);
    });
  }
});
