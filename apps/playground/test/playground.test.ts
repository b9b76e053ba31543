// The built playground in a real browser (Debian's Chromium), served as the course site serves
// it, under its content security policy: typing redraws, broken text keeps the last picture and
// says where, links restore the page, kubectl output imports, every control and button works,
// all of it from the keyboard too, with no console error and no request to another site.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@kubegram/test-chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '@kubegram/site';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DIST = at('../dist/');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${DIST}index.html`)) throw new Error(`no built playground in ${DIST}: run "npm run build" in apps/playground first`);
  server = await serveStatic({ mounts: [{ prefix: '/playground/', dir: DIST }, { prefix: '/assets/', dir: at('../../../packages/site/src/assets/') }] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}

/** Opens the playground in a fresh context, recording console errors, CSP violations and failed or external requests. */
async function open(fragment = '', colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const problems: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`external request: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console error: ${m.text()}`)));
  page.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => void problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => void (r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`)));
  await page.goto(`${server.url}playground/${fragment}`);
  await page.locator('[data-editor="ready"]').waitFor({ timeout: 20_000 });
  await page.locator('#pg-svg svg').waitFor();
  return { page, problems, close: () => context.close() };
}

const svgOf = (page: Page) => page.locator('#pg-svg svg');

/** The picture's elements, attributes (in name order: an update may set one after the others) and text, as one string. */
const pictureOf = (page: Page) =>
  svgOf(page).evaluate((svg) => {
    const write = (node: Node): string => {
      if (!(node instanceof Element)) return node.nodeValue ?? '';
      const attributes = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('');
      return `<${node.localName}${attributes}>${[...node.childNodes].map(write).join('')}</${node.localName}>`;
    };
    return write(svg);
  });

/** The model text as the page saves it (the editor draws only the lines in view, so its DOM holds part of it). */
async function modelOf(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download model' }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Replaces the editor's text as a reader would: select all, then type (insert) the new text. */
async function setModel(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

const pod = (id: string) => `      - id: ${id}\n        containers:\n          - id: ${id}-app\n            image: app:1\n`;
const SMALL = 'id: small\nlabel: Small\nnodes:\n  - id: cp\n    role: control-plane\n  - id: w1\n    role: worker\n    pods:\n      - id: shop\n        containers:\n          - id: shop-app\n            image: shop:1\n';

describe('the playground', () => {
  it('opens on the course model with its picture, under the site policy, with no console error and no off-site request', async () => {
    const { page, problems, close } = await open();
    const response = await page.request.get(`${server.url}playground/`);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    expect((await modelOf(page)).text).toMatch(/^id: course$/m);
    expect(await svgOf(page).getAttribute('data-view')).toBe('overview');
    // Pictures that take long to draw are drawn in the render worker, which the policy lets start (script-src 'self').
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual(['/playground/render-worker.js']);
    await page.waitForLoadState('networkidle');
    await close();
    expect(problems).toEqual([]);
  });

  it('redraws the picture as a model is typed', async () => {
    const { page, problems, close } = await open();
    expect(await page.locator('#pg-svg g[data-id="shop"]').count()).toBe(0);
    await setModel(page, SMALL);
    await page.locator('#pg-svg g[data-id="shop"]').waitFor();
    expect(await page.locator('#pg-caption').textContent()).toContain('Small');
    await page.keyboard.insertText(pod('cart'));
    await page.locator('#pg-svg g[data-id="cart"]').waitFor();
    await close();
    expect(problems).toEqual([]);
  });

  it('keeps the last picture while the YAML is broken, and shows the error at its line and column', async () => {
    const { page, problems, close } = await open();
    await setModel(page, SMALL);
    await page.locator('#pg-svg g[data-id="shop"]').waitFor();
    const before = await svgOf(page).evaluate((s) => s.outerHTML);
    await page.keyboard.insertText('  - id: [oops\n');
    await page.locator('#pg-problems li').first().waitFor();
    expect(await page.locator('#pg-problems').textContent()).toMatch(/Line 1[34], column \d+ invalid YAML/);
    expect(await page.locator('#pg-figure').getAttribute('data-stale')).not.toBeNull();
    expect(await svgOf(page).evaluate((s) => s.outerHTML)).toBe(before);
    await page.locator('.cm-lint-marker-error').first().waitFor();
    // The model's own checks are located too: an unknown role, at the value's line and column.
    await setModel(page, 'id: demo\nnodes:\n  - id: a\n    role: boss\n');
    await page.locator('#pg-problems li', { hasText: 'nodes[0].role' }).waitFor();
    expect(await page.locator('#pg-problems li').first().textContent()).toMatch(/^Line 4, column 11 nodes\[0\]\.role: /);
    await page.locator('#pg-problems .pg-problem__at').first().click();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await close();
    expect(problems).toEqual([]);
  });

  it('shares the model and the settings in a link that restores them', async () => {
    const first = await open();
    await setModel(first.page, SMALL);
    await first.page.locator('#pg-svg g[data-id="shop"]').waitFor();
    await first.page.selectOption('#pg-view', 'worker');
    await first.page.selectOption('#pg-theme', 'dark');
    await first.page.selectOption('#pg-fit', '4:3');
    await first.page.getByRole('button', { name: 'Copy link' }).click();
    await first.page.locator('#pg-message', { hasText: 'Link copied' }).waitFor();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/playground\/#v1\.[A-Za-z0-9_-]+$/);
    await first.close();
    const second = await open(link.slice(link.indexOf('#')));
    expect((await modelOf(second.page)).text).toContain('id: shop');
    await second.page.locator('#pg-svg g[data-id="shop"]').waitFor();
    expect(await second.page.inputValue('#pg-view')).toBe('worker');
    expect(await second.page.inputValue('#pg-theme')).toBe('dark');
    expect(await second.page.inputValue('#pg-fit')).toBe('4:3');
    expect(await svgOf(second.page).getAttribute('data-theme')).toBe('dark');
    await second.close();
    expect([...first.problems, ...second.problems]).toEqual([]);
  });

  it('shows the same picture after typing as when the typed model is opened afresh', async () => {
    const first = await open();
    await setModel(first.page, SMALL);
    await first.page.locator('#pg-svg g[data-id="shop"]').waitFor();
    // A pod (boxes move), then a label (a box's text and the picture's title): each picture is
    // patched from the one before it, where it differs.
    await first.page.keyboard.insertText(pod('cart'));
    await first.page.locator('#pg-svg g[data-id="cart"]').waitFor();
    await first.page.keyboard.press('Control+Home');
    await first.page.keyboard.press('ArrowDown');
    await first.page.keyboard.press('End');
    await first.page.keyboard.type('er & co');
    await first.page.locator('#pg-caption', { hasText: 'Smaller & co' }).waitFor();
    const typed = await pictureOf(first.page);
    expect(typed).toContain('>Smaller & co</text>');
    await first.page.getByRole('button', { name: 'Copy link' }).click();
    await first.page.locator('#pg-message', { hasText: 'Link copied' }).waitFor();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    await first.close();
    const second = await open(link.slice(link.indexOf('#')));
    await second.page.locator('#pg-svg g[data-id="cart"]').waitFor();
    expect(await pictureOf(second.page)).toBe(typed);
    await second.close();
    expect([...first.problems, ...second.problems]).toEqual([]);
  });

  it('keeps up with fast typing on a model big enough for the render worker, ending on the last text', async () => {
    const workers = Array.from({ length: 30 }, (_, i) => `  - id: w${i}\n    role: worker\n    pods:\n${pod(`p${i}`).replace(/^ {2}/gm, '')}`).join('');
    const first = await open();
    await setModel(first.page, `id: big\nlabel: Big\nnodes:\n  - id: cp\n    role: control-plane\n${workers}`);
    await first.page.locator('#pg-svg g[data-id="p29"]').waitFor();
    await first.page.keyboard.press('Control+Home');
    await first.page.keyboard.press('ArrowDown');
    await first.page.keyboard.press('End');
    // Keys come faster than the worker draws: the answers to texts overtaken by newer ones are dropped.
    await first.page.keyboard.type(' cluster');
    await first.page.locator('#pg-caption', { hasText: 'Big cluster:' }).waitFor();
    await first.page.waitForTimeout(500);
    expect(await first.page.locator('#pg-caption').textContent()).toMatch(/^Big cluster: /);
    // A worker put first moves every other one a place along the grid: most of the picture changes at once.
    for (let i = 0; i < 3; i++) await first.page.keyboard.press('ArrowDown');
    await first.page.keyboard.press('End');
    await first.page.keyboard.insertText('\n  - id: w-first\n    role: worker');
    await first.page.locator('#pg-svg g[data-id="w-first"]').waitFor();
    await first.page.waitForTimeout(300);
    const typed = await pictureOf(first.page);
    await first.page.getByRole('button', { name: 'Copy link' }).click();
    await first.page.locator('#pg-message', { hasText: 'Link copied' }).waitFor();
    const link = await first.page.evaluate(() => navigator.clipboard.readText());
    await first.close();
    const second = await open(link.slice(link.indexOf('#')));
    await second.page.locator('#pg-svg g[data-id="p29"]').waitFor();
    expect(await pictureOf(second.page)).toBe(typed);
    await second.close();
    expect([...first.problems, ...second.problems]).toEqual([]);
  });

  it('says so, where the reader looks, when a link is damaged', async () => {
    const { page, problems, close } = await open('#v1.AAAA');
    expect(await page.locator('#pg-notes').textContent()).toContain('Could not open the shared model');
    expect((await modelOf(page)).text).toMatch(/^id: course$/m);
    await close();
    expect(problems).toEqual([]);
  });

  it('imports pasted kubectl output, with notes of what was left out', async () => {
    const { page, problems, close } = await open();
    const kubectl = JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'Node', metadata: { name: 'kind-control-plane', labels: { 'node-role.kubernetes.io/control-plane': '' } }, status: { nodeInfo: { kubeletVersion: 'v1.31.0', containerRuntimeVersion: 'containerd://1.7.18' } } },
        { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1', namespace: 'default' }, spec: { nodeName: 'kind-control-plane', containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web-config', namespace: 'default' }, data: { mode: 'demo' } },
      ],
    });
    await page.locator('.cm-content').click();
    await page.locator('.cm-content').evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, kubectl);
    await page.locator('#pg-notes', { hasText: 'Imported' }).waitFor();
    // The Service is in the model now; the ConfigMap is not, and the notes say so.
    expect(await page.locator('#pg-notes').textContent()).toMatch(/^Imported 1 node and 1 pod from pasted text\.note: .*ConfigMap/);
    await page.locator('#pg-svg g[data-id="kind-control-plane"]').waitFor();
    expect((await modelOf(page)).text).toMatch(/^# A model of a real cluster, imported from pasted text/);
    await close();
    expect(problems).toEqual([]);
  });

  it('completes and explains keys from the JSON Schema, and says why pasted kubectl output does not import', async () => {
    const { page, problems, close } = await open();
    await setModel(page, 'id: demo\nnodes:\n  - id: a\n    ro');
    await page.keyboard.type('l');
    await page.locator('.cm-tooltip-autocomplete li', { hasText: 'role' }).first().waitFor();
    // The editor ignores Enter for a moment after a list opens, so a fast typist's newline stays a newline.
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    await page.keyboard.type('work');
    await page.locator('.cm-tooltip-autocomplete li', { hasText: 'worker' }).first().waitFor();
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    expect((await modelOf(page)).text).toBe('id: demo\nnodes:\n  - id: a\n    role: worker');
    await page.locator('.cm-line', { hasText: 'role: worker' }).locator('text=role').hover();
    await page.locator('.pg-hover').waitFor();
    expect(await page.locator('.pg-hover').textContent()).toMatch(/^nodes\[\]\.role: "control-plane" \| "worker"\S/);

    await page.locator('.cm-content').evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Node\n    metadata: {}\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.locator('#pg-notes', { hasText: 'Could not import pasted text' }).waitFor();
    expect(await page.locator('#pg-notes li').first().textContent()).toMatch(/items\[0\]/);
    await close();
    expect(problems).toEqual([]);
  });

  it('changes the picture with every control: view, theme, highlight, fit and detail', async () => {
    const { page, problems, close } = await open();
    // The picture is drawn in a worker: each control's change shows a moment later.
    await page.selectOption('#pg-view', 'control-plane');
    await expect.poll(() => svgOf(page).getAttribute('data-view')).toBe('control-plane');
    await page.selectOption('#pg-view', 'overview');
    await expect.poll(() => svgOf(page).getAttribute('data-view')).toBe('overview');
    await page.selectOption('#pg-theme', 'dark');
    await expect.poll(() => svgOf(page).getAttribute('data-theme')).toBe('dark');
    await page.selectOption('#pg-theme', 'auto');
    await expect.poll(() => svgOf(page).getAttribute('data-theme')).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => svgOf(page).getAttribute('data-theme')).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });

    const dimmed = () => svgOf(page).evaluate((s) => s.querySelectorAll('[opacity]').length);
    const plain = await dimmed();
    await page.selectOption('#pg-highlight', 'worker-1-kubelet');
    await expect.poll(dimmed).toBeGreaterThan(plain);
    await page.locator('#pg-svg g[data-id="db-0"] > rect').first().click({ position: { x: 6, y: 6 } });
    expect(await page.inputValue('#pg-highlight')).toBe('db-0');
    await expect.poll(dimmed).toBeGreaterThan(plain);
    await page.locator('#pg-svg g[data-id="db-0"] > rect').first().click({ position: { x: 6, y: 6 } });
    expect(await page.inputValue('#pg-highlight')).toBe('');
    await expect.poll(dimmed).toBe(plain);

    const ratio = () => svgOf(page).evaluate((s) => (s as SVGSVGElement).viewBox.baseVal.width / (s as SVGSVGElement).viewBox.baseVal.height);
    await page.selectOption('#pg-fit', '16:9');
    await expect.poll(ratio).toBeCloseTo(16 / 9, 2);
    await page.selectOption('#pg-fit', '4:3');
    await expect.poll(ratio).toBeCloseTo(4 / 3, 2);

    const pods = Array.from({ length: 15 }, (_, i) => pod(`p${i}`)).join('');
    await setModel(page, `id: busy\nnodes:\n  - id: cp\n    role: control-plane\n  - id: w1\n    role: worker\n    pods:\n${pods}`);
    await page.locator('#pg-svg g[data-id="p0"]').waitFor();
    expect(await page.locator('#pg-svg g[data-id="p14"]').count()).toBe(0);
    await page.selectOption('#pg-detail', 'every-pod');
    await expect.poll(() => page.locator('#pg-svg g[data-id="p14"]').count()).toBe(1);
    await close();
    expect(problems).toEqual([]);
  });

  it('copies the SVG and the Mermaid text, and downloads SVG, PNG and the model file', async () => {
    const { page, problems, close } = await open();
    await page.getByRole('button', { name: 'Copy SVG' }).click();
    await page.locator('#pg-message', { hasText: 'SVG copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<svg[^>]*data-view="overview"/);
    await page.getByRole('button', { name: 'Copy Mermaid' }).click();
    await page.locator('#pg-message', { hasText: 'Mermaid text copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^(---|%%|flowchart|graph)/m);

    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
    };
    const svg = await download('Download SVG');
    expect(svg.name).toBe('course-overview.svg');
    expect(svg.body.toString('utf8')).toMatch(/^<svg/);
    const png = await download('Download PNG');
    expect(png.name).toBe('course-overview.png');
    expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.body.readUInt32BE(16)).toBeGreaterThan(1000);
    const model = await modelOf(page);
    expect(model.name).toBe('course.yaml');
    expect(model.text).toMatch(/^id: course$/m);
    await close();
    expect(problems).toEqual([]);
  });

  // The longest walk through the page, about fifty key presses each waiting on the page: once, on a
  // loaded machine, the copy's message did not come in time. One more try; a real fault fails both.
  it('works from the keyboard alone: editor, controls, picture, full view, buttons', { retry: 1 }, async () => {
    const { page, problems, close } = await open();
    // What has the focus: an element's id, a diagram box's model id, or its class.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return '';
        if (el.tagName === 'BUTTON' && !el.className) return `button:${el.textContent}`;
        return el.id || (el.getAttribute('data-id') ? `box:${el.getAttribute('data-id')}` : (el.getAttribute('class') ?? el.tagName));
      });
    const tabTo = async (wanted: (f: string) => boolean, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        if (wanted(await focused())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached the target; last focused: ${await focused()}`);
    };
    await tabTo((f) => f.includes('cm-content'));
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('# typed from the keyboard\n');
    // Tab leaves the editor (it does not indent), so the page is never a keyboard trap.
    await page.keyboard.press('Tab');
    expect(await focused()).not.toContain('cm-content');
    await tabTo((f) => f === 'pg-view');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => svgOf(page).getAttribute('data-view')).toBe('control-plane');
    await tabTo((f) => f.startsWith('box:'));
    const id = (await focused()).slice(4);
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#pg-highlight')).toBe(id);
    expect(await focused()).toBe(`box:${id}`);
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#pg-highlight')).toBe('');
    await tabTo((f) => f === 'kg-diagram__zoom');
    await page.keyboard.press('Enter');
    await page.locator('dialog.kg-zoom[open]').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.kg-zoom[open]').count()).toBe(0);
    expect(await focused()).toBe('kg-diagram__zoom');
    await tabTo((f) => f === 'button:Copy link');
    await page.keyboard.press('Enter');
    // The page's own message and where the focus went, so a failure says what the page did instead.
    const outcome = async () => `${await page.textContent('#pg-message')} (focus: ${await focused()})`;
    await expect.poll(outcome, { timeout: 20_000 }).toMatch(/^Link copied to the clipboard\./);
    await close();
    expect(problems).toEqual([]);
  });
});
