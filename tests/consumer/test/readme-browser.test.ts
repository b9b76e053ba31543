import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '@kubegram/test-chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// The README's browser example, run as written: its CDN URL is answered with the file the
// installed package's `jsdelivr` (or `unpkg`) field names, the file a CDN would serve for it.
const README = join(import.meta.dirname, '../../../packages/diagram/README.md');
const CDNS = { jsdelivr: 'https://cdn.jsdelivr.net/npm/@kubegram/diagram', unpkg: 'https://unpkg.com/@kubegram/diagram' } as const;

let browser: Browser;
let example: string;
let pkgDir: string;

beforeAll(async () => {
  const readme = await readFile(README, 'utf8');
  const section = readme.slice(readme.indexOf('## In a browser'));
  example = /```html\n([\s\S]*?)```/.exec(section)![1]!;
  pkgDir = join(inject('consumer').dir, 'node_modules/@kubegram/diagram');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function runExample(field: keyof typeof CDNS, html: string) {
  const manifest = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as Record<string, string>;
  const served = await readFile(join(pkgDir, manifest[field]!));
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === 'https://example.test/') return route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">${html}` });
    if (url.startsWith(CDNS[field])) return route.fulfill({ contentType: 'text/javascript', body: served, headers: { 'access-control-allow-origin': '*' } });
    problems.push(`unexpected request ${url}`);
    return route.abort();
  });
  await page.goto('https://example.test/');
  await page.waitForFunction(() => document.querySelector('#diagram svg') !== null, undefined, { timeout: 10_000 }).catch(() => undefined);
  const result = { problems, svgs: await page.locator('#diagram svg').count(), apiservers: await page.locator('#diagram [data-kind="apiserver"]').count() };
  await page.close();
  return result;
}

describe("the diagram package README's browser example", () => {
  it('runs as written, from the file the jsdelivr field names', async () => {
    expect(example).toContain(CDNS.jsdelivr);
    expect(await runExample('jsdelivr', example)).toEqual({ problems: [], svgs: 1, apiservers: 1 });
  });

  it('runs the same from the file the unpkg field names', async () => {
    const html = example.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/@kubegram\/diagram[^'"]*/, `${CDNS.unpkg}@0`);
    expect(await runExample('unpkg', html)).toEqual({ problems: [], svgs: 1, apiservers: 1 });
  });
});
