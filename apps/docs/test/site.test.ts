// The built site in a real browser (Debian's Chromium): pages load cleanly and offline, diagrams
// show their views' components and respond to pointer and keyboard, dark mode recolours them,
// and every internal link resolves.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@kubegram/test-chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagramRef } from '@kubegram/content';
import { loadCourse, loadModel } from '@kubegram/content/fs';
import { toSvg } from '@kubegram/diagram';
import { elementsOf, selectView, type Cluster } from '@kubegram/model';
import { lessonSlug } from '@kubegram/content';
import { serveStatic, type StaticServer } from '@kubegram/site';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DIST = at('../dist/');
const DECKS = at('../../slides/dist/');
const course = await loadCourse(at('../../../content/'));
const lessons = course.modules.flatMap((m) => m.lessons.map((lesson) => ({ lesson, path: `${m.slug}/${lessonSlug(lesson)}.html` })));
const PAGES = ['index.html', ...lessons.map((l) => l.path)];
const withDiagrams = lessons.filter((l) => l.lesson.diagrams.length > 0);

const clusterOf = async (ref: DiagramRef): Promise<Cluster> => {
  const loaded = await loadModel(ref);
  if (!loaded.ok) throw new Error(`${loaded.file}: ${loaded.errors.map((e) => e.message).join('; ')}`);
  return loaded.cluster;
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`no built site in ${DIST}: run "npm run build" in apps/docs first`);
  server = await serveStatic({ mounts: [{ prefix: '/', dir: DIST }, { prefix: '/slides/', dir: DECKS }] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page in a fresh context, recording console errors and failed, erroring or external requests. */
async function open(path: string, colorScheme: 'light' | 'dark' = 'light', waitUntil: 'load' | 'networkidle' = 'load') {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1400, height: 1000 } });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
    problems.push(`external request: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console error: ${m.text()}`)));
  page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => void problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => void (r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`)));
  await page.goto(new URL(path, server.url).href, { waitUntil });
  return { page, problems, close: () => context.close() };
}

// Links each page points at, gathered while the pages load and checked together afterwards.
const linksByPage = new Map<string, string[]>();

const tooltipOf = (page: Page) => page.locator('[data-kg-diagram] [role="tooltip"]:not([hidden])');

describe('the built course site', () => {
  it('has a page per lesson', () => {
    expect(lessons.length).toBe(course.lessons.length);
    for (const p of PAGES) expect(existsSync(`${DIST}${p}`), p).toBe(true);
  });

  it.each(PAGES)('%s loads with no console error and no failed or external request', async (path) => {
    const { page, problems, close } = await open(path, 'light', 'networkidle');
    linksByPage.set(
      path,
      await page.$$eval('a[href], link[href], script[src]', (els) =>
        els.map((el) => (el instanceof HTMLAnchorElement || el instanceof HTMLLinkElement ? el.href : (el as HTMLScriptElement).src)),
      ),
    );
    await close();
    expect(problems).toEqual([]);
  });

  it('resolves every internal link, fragment and asset', async () => {
    const checked = new Map<string, string | null>();
    const fetchText = async (url: string) => {
      if (!checked.has(url)) {
        const res = await fetch(url);
        checked.set(url, res.ok ? await res.text() : null);
      }
      return checked.get(url) ?? null;
    };
    const broken: string[] = [];
    expect([...linksByPage.keys()].sort()).toEqual([...PAGES].sort());
    for (const [path, targets] of linksByPage) {
      for (const target of targets) {
        const url = new URL(target);
        if (url.origin !== new URL(server.url).origin) continue;
        const text = await fetchText(url.href.split('#')[0]!);
        if (text === null) broken.push(`${path} -> ${target}`);
        else if (url.hash && !text.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) broken.push(`${path} -> ${target} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked.size).toBeGreaterThan(PAGES.length);
  });

  it.each(withDiagrams.map((l) => [l.path, l] as const))("%s shows every component of each diagram's view", async (_path, { lesson, path }) => {
    const { page, close } = await open(path);
    const figures = page.locator('[data-kg-diagram]');
    expect(await figures.count()).toBe(lesson.diagrams.length);
    const missing: string[] = [];
    for (const [i, ref] of lesson.diagrams.entries()) {
      const shown = selectView(await clusterOf(ref), ref.view, ref.node === undefined ? {} : { node: ref.node });
      const visible = await figures.nth(i).evaluate((figure) =>
        [...figure.querySelectorAll<SVGGElement>('g[data-id]')]
          .filter((g) => g.getBoundingClientRect().width > 0 && !g.hasAttribute('data-edge'))
          .map((g) => g.dataset.id),
      );
      for (const e of shown.elements) if (!visible.includes(e.id)) missing.push(`${ref.src}: ${e.kind} ${e.id}`);
      const [title, desc] = await figures.nth(i).evaluate((figure) => {
        const svg = [...figure.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
        return [svg?.querySelector(':scope > title')?.textContent ?? '', svg?.querySelector(':scope > desc')?.textContent ?? ''];
      });
      expect(title, `${ref.src} <title>`).not.toBe('');
      expect(desc, `${ref.src} <desc>`).not.toBe('');
    }
    await close();
    expect(missing).toEqual([]);
  });

  describe('an inline diagram', () => {
    const first = withDiagrams[0]!;
    const descriptions = async () => new Map(elementsOf(await clusterOf(first.lesson.diagrams[0]!)).map((e) => [e.id, e.description]));

    it('shows a component’s model description when hovered', async () => {
      const byId = await descriptions();
      const { page, close } = await open(first.path);
      const svg = page.locator('[data-kg-diagram]').first().locator('.kg-diagram__canvas > svg');
      // A component with no component inside, so the pointer lands on it and not on a child.
      const id = (await svg.evaluate((el) => [...el.querySelectorAll<SVGGElement>('g[data-id][tabindex]')].find((g) => !g.querySelector('g[data-id]'))?.dataset.id))!;
      await expect(tooltipOf(page).count()).resolves.toBe(0);
      await svg.locator(`g[data-id="${id}"]`).hover();
      await tooltipOf(page).waitFor({ state: 'visible', timeout: 5000 });
      expect(await tooltipOf(page).textContent()).toContain(byId.get(id));
      await page.mouse.move(1, 1);
      await tooltipOf(page).waitFor({ state: 'detached', timeout: 5000 });
      await close();
    });

    it('shows it on keyboard focus too, with components reachable by Tab', async () => {
      const byId = await descriptions();
      const { page, close } = await open(first.path);
      let id: string | undefined;
      for (let i = 0; i < 200 && id === undefined; i++) {
        await page.keyboard.press('Tab');
        id = await page.evaluate(() => (document.activeElement?.matches('g[data-id]') ? (document.activeElement as SVGGElement).dataset.id : undefined));
      }
      expect(id).toBeDefined();
      await tooltipOf(page).waitFor({ state: 'visible', timeout: 5000 });
      expect(await tooltipOf(page).textContent()).toContain(byId.get(id!));
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toMatch(/-tooltip$/);
      await page.keyboard.press('Escape');
      await tooltipOf(page).waitFor({ state: 'detached', timeout: 5000 });
      await close();
    });

    it('highlights a component’s relations when clicked, and clears them on Escape', async () => {
      const { page, close } = await open(first.path);
      const svg = page.locator('[data-kg-diagram]').first().locator('.kg-diagram__canvas > svg');
      const id = await svg.evaluate((s) => {
        const counts = new Map<string, number>();
        for (const e of s.querySelectorAll<SVGGElement>('g[data-edge]')) for (const end of [e.dataset.from!, e.dataset.to!]) counts.set(end, (counts.get(end) ?? 0) + 1);
        const leaf = (x: string) => !s.querySelector(`g[data-id="${x}"] g[data-id]`);
        return [...counts].filter(([x]) => leaf(x)).sort((a, b) => b[1] - a[1])[0]?.[0];
      });
      expect(id).toBeDefined();
      await svg.locator(`g[data-id="${id}"]`).click();
      const related = await svg.evaluate((s) => [...s.querySelectorAll<SVGGElement>('g[data-edge].kg-related')].map((e) => [e.dataset.from, e.dataset.to]));
      const touching = await svg.evaluate((s, x) => s.querySelectorAll(`g[data-edge][data-from="${x}"], g[data-edge][data-to="${x}"]`).length, id);
      expect(related.length).toBe(touching);
      expect(related.every(([from, to]) => from === id || to === id)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await svg.evaluate((s) => s.querySelectorAll('.kg-related, .kg-selected').length)).toBe(0);
      await close();
    });

    it('changes colours in dark mode', async () => {
      const colours = async (scheme: 'light' | 'dark') => {
        const { page, close } = await open(first.path, scheme);
        const result = await page.locator('[data-kg-diagram]').first().evaluate((figure) => {
          const svg = [...figure.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)!;
          const shapes = [...svg.querySelectorAll('g[data-id]:not([data-edge]) > :is(rect, path, ellipse, circle, polygon)')];
          return { fills: shapes.map((s) => getComputedStyle(s).fill).join(' '), page: getComputedStyle(document.body).backgroundColor };
        });
        await close();
        return result;
      };
      const light = await colours('light');
      const dark = await colours('dark');
      expect(light.fills).not.toBe('');
      expect(dark.fills).not.toBe(light.fills);
      expect(dark.page).not.toBe(light.page);
    });

    it('follows a dark page: a .dark or [data-theme="dark"] ancestor, and a page-set --kg- colour', async () => {
      const { page, close } = await open(first.path, 'light');
      const paint = () =>
        page.locator('[data-kg-diagram]').first().locator('.kg-diagram__canvas > svg').evaluate((svg) => {
          const shapes = [...svg.querySelectorAll('g[data-id] > rect')].map((r) => getComputedStyle(r).fill);
          return { boxes: shapes.join(' '), back: getComputedStyle(svg.querySelector(':scope > rect')!).fill };
        });
      const light = await paint();
      const set = (f: (html: HTMLElement) => void) => page.locator('html').evaluate(f);
      await set((html) => html.classList.add('dark'));
      const byClass = await paint();
      await set((html) => html.classList.remove('dark'));
      expect(await paint()).toEqual(light);
      await set((html) => html.setAttribute('data-theme', 'dark'));
      const byAttribute = await paint();
      await set((html) => html.removeAttribute('data-theme'));
      await set((html) => document.body.style.setProperty('--kg-bg', 'rgb(1, 2, 3)'));
      const overridden = await paint();
      await close();
      expect(light.boxes).not.toBe('');
      expect(byClass.boxes).not.toBe(light.boxes);
      expect(byClass.back).not.toBe(light.back);
      expect(byAttribute).toEqual(byClass);
      expect(overridden.back).toBe('rgb(1, 2, 3)');
      expect(overridden.boxes).toBe(light.boxes);
    });

    it("stays light in a page that says light, whatever the reader's scheme", async () => {
      const { page, close } = await open(first.path, 'dark');
      const back = () => page.locator('[data-kg-diagram]').first().locator('.kg-diagram__canvas > svg > rect').first().evaluate((r) => getComputedStyle(r).fill);
      const dark = await back();
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
      const light = await back();
      await close();
      expect(dark).toBe('rgb(13, 17, 23)');
      expect(light).toBe('rgb(255, 255, 255)');
    });
  });
});

describe('the full view of a diagram', () => {
  // The smallest label of the shown picture, in CSS pixels as rendered (icon badges' abbreviations aside).
  const smallestLabelPx = (page: Page) =>
    page.locator('dialog.kg-zoom[open] svg').evaluate((svg) =>
      Math.min(...[...svg.querySelectorAll('text')].filter((t) => !t.closest('symbol, defs')).map((t) => Number.parseFloat(t.getAttribute('font-size') ?? '99') * ((t as SVGTextElement).getScreenCTM()?.a ?? 0))),
    );
  const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector<HTMLDialogElement>('dialog.kg-zoom')?.open ?? false);

  it.each(withDiagrams.map((l) => [l.path, l] as const))('%s: every diagram opens with labels of at least 14 px, and Esc closes it', async (_path, { path }) => {
    const { page, problems, close } = await open(path);
    const buttons = page.locator('[data-kg-diagram] .kg-diagram__zoom');
    const count = await buttons.count();
    expect(count).toBe(await page.locator('[data-kg-diagram]').count());
    for (let i = 0; i < count; i++) {
      await buttons.nth(i).click();
      expect(await dialogOpen(page)).toBe(true);
      expect(await smallestLabelPx(page)).toBeGreaterThanOrEqual(14);
      await page.keyboard.press('Escape');
      expect(await dialogOpen(page)).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('kg-diagram__zoom');
    }
    await close();
    expect(problems).toEqual([]);
  });

  it('works from the keyboard alone: Enter opens, + zooms in, Tab stays inside, Esc closes', async () => {
    const { page, close } = await open(withDiagrams[0]!.path);
    let onButton = false;
    for (let i = 0; i < 300 && !onButton; i++) {
      await page.keyboard.press('Tab');
      onButton = await page.evaluate(() => document.activeElement?.classList.contains('kg-diagram__zoom') ?? false);
    }
    expect(onButton).toBe(true);
    await page.keyboard.press('Enter');
    expect(await dialogOpen(page)).toBe(true);
    const before = await smallestLabelPx(page);
    await page.keyboard.press('+');
    expect(await smallestLabelPx(page)).toBeCloseTo(before * 1.25, 0);
    await page.keyboard.press('0');
    expect(await smallestLabelPx(page)).toBeCloseTo(before, 0);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog.kg-zoom') !== null)).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    await close();
  });

  it('zooms at the pointer with a trackpad pinch (Ctrl + wheel)', async () => {
    const { page, close } = await open(withDiagrams[0]!.path);
    await page.locator('[data-kg-diagram] .kg-diagram__zoom').first().click();
    const before = await smallestLabelPx(page);
    const box = (await page.locator('.kg-zoom__viewport').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => smallestLabelPx(page)).toBeGreaterThan(before * 1.5);
    await close();
  });
});

describe("a standalone SVG drawn with theme 'auto'", () => {
  it('is light in a light browser and dark in a dark one', async () => {
    const svg = toSvg(await clusterOf(withDiagrams[0]!.lesson.diagrams[0]!), { theme: 'auto' });
    const paint = async (colorScheme: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme });
      // Served by the test's own server address, answered here: the file is the one toSvg wrote.
      await context.route(`${server.url}standalone-auto.svg`, (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
      const page = await context.newPage();
      await page.goto(`${server.url}standalone-auto.svg`);
      const result = await page.evaluate(() => ({
        root: document.documentElement.localName,
        back: getComputedStyle(document.querySelector('svg > rect')!).fill,
        boxes: [...document.querySelectorAll('g[data-id] > rect')].map((r) => getComputedStyle(r).fill).join(' '),
      }));
      await context.close();
      return result;
    };
    const light = await paint('light');
    const dark = await paint('dark');
    expect(light.root).toBe('svg');
    expect(light.back).toBe('rgb(255, 255, 255)');
    expect(dark.back).toBe('rgb(13, 17, 23)');
    expect(dark.boxes).not.toBe(light.boxes);
  });
});
