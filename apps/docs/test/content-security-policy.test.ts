// The built site, its API reference and the decks under the dev server's Content-Security-Policy,
// in a real browser (Debian's Chromium): nothing the pages need is blocked, and a script injected
// into a page is.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromiumContext } from '@kubegram/test-chromium';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '@kubegram/site';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DIST = at('../dist/');
const DECKS = at('../../slides/dist/');
const htmlUnder = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')) : []);
const site = htmlUnder(DIST).filter((f) => !f.startsWith('api/'));
// Every API page runs the same scripts: the index and a page of each kind stand for the rest.
const api = ['api/index.html', ...['classes/', 'functions/', 'types/', 'variables/'].flatMap((kind) => htmlUnder(DIST).filter((f) => f.startsWith(`api/${kind}`)).slice(0, 1))];
const decks = htmlUnder(DECKS).map((f) => `slides/${f}`);

let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`no built site in ${DIST}: run "npm run build" in apps/docs first`);
  server = await serveStatic({ mounts: [{ prefix: '/', dir: DIST }, { prefix: '/slides/', dir: DECKS }] });
  context = await launchChromiumContext();
  // The violation event names the directive; Chromium's console line alone does not always.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`)),
  );
});
afterAll(async () => {
  await context?.close();
  await server?.close();
});

async function open(path: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  // A failed load is listed by its address below; pages with no icon link make Chromium ask for
  // /favicon.ico, which the site does not have, and that is no concern of the policy.
  page.on('console', (m) => void (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text())));
  page.on('response', (r) => void (r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`HTTP ${r.status()}: ${r.url()}`)));
  page.on('pageerror', (e) => void errors.push(`page error: ${e.message}`));
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: 'networkidle' });
  expect(response?.headers()['content-security-policy'], path).toMatch(/^script-src 'self'/);
  return { page, errors };
}

describe("the dev server's Content-Security-Policy", () => {
  it('finds the pages to check', () => {
    expect(site.length).toBeGreaterThan(1);
    expect(api.length).toBeGreaterThan(1);
  });

  it.each([...site, ...api, ...decks])('%s runs with nothing blocked', async (path) => {
    const { page, errors } = await open(path);
    // Decks build slides and the presenter's controls as they go: move through a few.
    if (path.startsWith('slides/') && path !== 'slides/index.html') for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) await page.keyboard.press(key);
    await page.waitForTimeout(300);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('blocks a script injected into a page after it was built', async () => {
    const { page, errors } = await open(site[0]!);
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    await page.close();
    expect(ran).toBe(false);
    expect(errors.some((e) => e.startsWith('CSP violation: script-src-elem'))).toBe(true);
  });
});
