// `npm run bench`: how long a redraw takes in Chromium, stage by stage, and from a keystroke in the
// playground's editor to the updated picture, for the course's model and a 100-node model.
// Needs the built playground (npm run build) and Chromium at /usr/bin/chromium (or CHROME_PATH).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '@kubegram/site';
import { browserOnly, englishOnly } from '../src/_esbuild-plugins.ts';
import { encodeState } from '../src/client/encode-state.ts';
import { DEFAULT_SETTINGS } from '../src/client/types.ts';
import { bigText, courseText } from './_models.ts';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const KEYSTROKES = { course: 60, big: 20 };

const scratch = await mkdtemp(join(tmpdir(), 'kubegram-playground-bench-'));
const server = await serveStatic({ mounts: [{ prefix: '/playground/', dir: at('../dist/') }, { prefix: '/assets/', dir: at('../../../packages/site/src/assets/') }, { prefix: '/bench/', dir: scratch }] });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const bundled = await build({ entryPoints: [at('./stages.ts')], bundle: true, format: 'esm', platform: 'browser', minify: true, write: false, conditions: ['@kubegram/source'], plugins: [browserOnly, englishOnly], logLevel: 'silent' });
  await writeFile(join(scratch, 'stages.js'), bundled.outputFiles[0]!.text);
  await writeFile(join(scratch, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="stages.js"></script>');
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}bench/`, { waitUntil: 'commit' });
  const stages = JSON.parse(await page.locator('body[data-result]').getAttribute('data-result', { timeout: 300_000 }) ?? '{}') as Record<string, Record<string, number>>;
  await page.close();

  const typing = { course: await keystrokes(courseText, KEYSTROKES.course), big: await keystrokes(bigText(100), KEYSTROKES.big) };
  const ms = (n: number | undefined) => `${(n ?? NaN).toFixed(2).padStart(7)} ms`;
  for (const [name, title] of [['course', "the course's model"], ['big', 'a 100-node model']] as const) {
    console.log(`\n${title} (medians):`);
    for (const [stage, t] of Object.entries(stages[name] ?? {})) console.log(`  ${stage.padEnd(36)}${ms(t)}`);
    const page = typing[name].stages;
    console.log(`  in the page: load ${ms(page['kg:load']).trim()}, draw ${ms(page['kg:draw']).trim()}, picture update ${ms(page['kg:show']).trim()}, problems and editor ${ms(page['kg:problems']).trim()}`);
    console.log(`  ${'keystroke to updated picture'.padEnd(36)}${ms(typing[name].median)}  (worst ${ms(typing[name].max).trim()}, ${typing[name].count} keystrokes in the editor)`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(scratch, { recursive: true, force: true });
}

/** Types into the cluster's label in the real page; each keystroke's time from keydown to the picture's DOM being updated. */
async function keystrokes(model: string, count: number): Promise<{ median: number; max: number; count: number; stages: Record<string, number> }> {
  const fragment = await encodeState({ model, settings: DEFAULT_SETTINGS });
  const page: Page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}playground/#${fragment}`);
  await page.locator('[data-editor="ready"]').waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { kgDowns: number[] };
    w.kgDowns = [];
    addEventListener('keydown', (e) => w.kgDowns.push(e.timeStamp), true);
  });
  const line = model.split('\n').findIndex((l) => l.startsWith('label: '));
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.evaluate(() => ((window as unknown as { kgDowns: number[] }).kgDowns.length = 0));
  // One keystroke at a time, as a typist would: the next key waits for the last redraw, so no
  // keystroke's time includes waiting behind the one before.
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('kg:redraw').length);
    await page.keyboard.press('KeyX');
    await page.waitForFunction((n) => performance.getEntriesByName('kg:redraw').length > n, before);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(500);
  // Each keystroke's time runs from its keydown to the end of the first redraw after it.
  const stages = await page.evaluate(() =>
    Object.fromEntries(
      ['kg:load', 'kg:draw', 'kg:show', 'kg:problems'].map((name) => {
        const all = performance.getEntriesByName(name).map((m) => m.duration).slice(-30).sort((a, b) => a - b);
        return [name, all[Math.floor(all.length / 2)] ?? NaN];
      }),
    ),
  );
  const times = await page.evaluate(() => {
    const downs = (window as unknown as { kgDowns: number[] }).kgDowns.slice(-1000);
    const ends = performance.getEntriesByName('kg:redraw').map((m) => m.startTime + m.duration);
    return downs.flatMap((down) => {
      const end = ends.find((e) => e > down);
      return end === undefined ? [] : [end - down];
    });
  });
  await page.screenshot({ path: join(scratch, 'last.png') }).catch(() => undefined);
  await page.close();
  if (times.length < count / 2) throw new Error(`only ${times.length} of ${count} keystrokes redrew the picture`);
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]!, count: times.length, stages };
}
