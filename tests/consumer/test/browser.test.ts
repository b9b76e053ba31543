import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchChromium } from '@kubegram/test-chromium';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

let server: Server;
let browser: Browser;
let origin: string;

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head>
<body>
<div id="svg"></div><pre id="mermaid"></pre>
<script type="module">
  import { defineCluster, presets, toMermaid, toSvg } from './kubegram.js';
  const mine = defineCluster({ id: 'mine', nodes: [{ id: 'cp', role: 'control-plane' }, { id: 'w', role: 'worker' }] });
  document.getElementById('svg').innerHTML = toSvg(presets.course, { view: 'overview' }) + toSvg(mine, { theme: 'dark' });
  document.getElementById('mermaid').textContent = toMermaid(presets.course, { view: 'worker' });
  document.body.dataset.done = 'yes';
</script>
</body></html>`;

beforeAll(async () => {
  const project = inject('consumer');
  const bundle = await readFile(join(project.dir, 'node_modules/@kubegram/diagram/dist/browser/kubegram.js'));
  server = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (req.url === '/kubegram.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('the browser build', () => {
  it('renders SVG and Mermaid in a plain module script page with no bundler', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => !r.url().startsWith(origin) && problems.push(`external request ${r.url()}`));
    await page.goto(origin);
    await page.waitForSelector('body[data-done="yes"]');
    expect(problems).toEqual([]);
    expect(await page.locator('#svg svg').count()).toBe(2);
    expect(await page.locator('#svg svg').first().locator('[data-kind="apiserver"]').count()).toBe(1);
    expect(await page.locator('#svg svg').nth(1).locator('[data-kind="kubelet"]').count()).toBe(1);
    const box = await page.locator('#svg svg').first().boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(await page.locator('#mermaid').textContent()).toContain('flowchart');
  });
});
