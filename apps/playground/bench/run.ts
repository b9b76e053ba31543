// `npm run bench`: how long a redraw takes in Chromium, stage by stage, and from a keystroke in the
// playground's editor to the updated picture, for the course's model and a 100-node model.
// Needs the built playground (npm run build) and Chromium at /usr/bin/chromium (or CHROME_PATH).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '@kubegram/test-chromium';
import type { Page } from 'playwright-core';
import { serveStatic } from '@kubegram/site';
import { browserOnly, englishOnly } from '../src/_esbuild-plugins.ts';
import { encodeState } from '../src/client/encode-state.ts';
import { DEFAULT_SETTINGS } from '../src/client/types.ts';
import { bigText, courseText } from './_models.ts';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const KEYSTROKES = { course: 60, big: 20 };
// The page's own measures of one redraw: parse, validate, layout and render, readying the SVG
// (these four in the render worker or in the page), from the request to its answer (the four
// and, from the worker, the wait for it and the message), the picture's DOM update, and the
// problems list and the editor's marks. kg:load is parse and validate in builds that timed them together.
const STAGE_MEASURES = ['kg:load', 'kg:parse', 'kg:validate', 'kg:draw', 'kg:prepare', 'kg:answer', 'kg:show', 'kg:problems'];
// Each keystroke's time, split where the page's events fall: the editor's handling of the key up to
// the picture's request, the request's answer, showing it, the wait for the next frame, and that
// frame's style, layout and paint.
const PHASES = [
  ['keydown to request (editor)', 'request'],
  ['request to answer', 'answer'],
  ['answer to picture in the DOM', 'shown'],
  ['DOM to frame start (wait)', 'frame'],
  ['frame: style, layout, paint', 'paint'],
] as const;
// A build of the playground to measure beside this one, in the same run: KUBEGRAM_BENCH_BEFORE=<its dist folder>.
const BEFORE = process.env.KUBEGRAM_BENCH_BEFORE;

const scratch = await mkdtemp(join(tmpdir(), 'kubegram-playground-bench-'));
const assets = at('../../../packages/site/src/assets/');
const server = await serveStatic({
  mounts: [
    { prefix: '/playground/', dir: at('../dist/') },
    { prefix: '/assets/', dir: assets },
    { prefix: '/bench/', dir: scratch },
    ...(BEFORE ? [{ prefix: '/before/playground/', dir: `${BEFORE.replace(/\/$/, '')}/` }, { prefix: '/before/assets/', dir: assets }] : []),
  ],
});
const browser = await launchChromium();
try {
  const bundled = await build({ entryPoints: [at('./stages.ts')], bundle: true, format: 'esm', platform: 'browser', minify: true, write: false, conditions: ['@kubegram/source'], plugins: [browserOnly, englishOnly], logLevel: 'silent' });
  await writeFile(join(scratch, 'stages.js'), bundled.outputFiles[0]!.text);
  await writeFile(join(scratch, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="stages.js"></script>');
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}bench/`, { waitUntil: 'commit' });
  const stages = JSON.parse(await page.locator('body[data-result]').getAttribute('data-result', { timeout: 300_000 }) ?? '{}') as Record<string, Record<string, number>>;
  await page.close();

  const builds = { after: `${server.url}playground/`, ...(BEFORE ? { before: `${server.url}before/playground/` } : {}) };
  const models = { course: courseText, big: bigText(100) };
  const typing: Record<string, Record<string, Typing>> = {};
  // The builds take turns per model, so both see the same moment's load on the machine.
  for (const name of ['course', 'big'] as const) {
    for (const [build, url] of Object.entries(builds)) (typing[build] ??= {})[name] = await keystrokes(url, models[name], KEYSTROKES[name]);
  }
  const ms = (n: number | undefined) => `${(n ?? NaN).toFixed(2).padStart(7)} ms`;
  const columns = Object.keys(builds).reverse();
  for (const [name, title] of [['course', "the course's model"], ['big', 'a 100-node model']] as const) {
    console.log(`\n${title}: each stage alone, this source (medians):`);
    for (const [stage, t] of Object.entries(stages[name] ?? {})) console.log(`  ${stage.padEnd(40)}${ms(t)}`);
    console.log(`${title}: typing in the page (medians of ${KEYSTROKES[name]} keystrokes)${columns.length > 1 ? `: ${columns.join(' | ')}` : ''}:`);
    const row = (label: string, get: (t: Typing) => number | undefined) => console.log(`  ${label.padEnd(40)}${columns.map((c) => ms(get(typing[c]![name]!))).join(' | ')}`);
    for (const stage of STAGE_MEASURES) if (columns.some((c) => Number.isFinite(typing[c]![name]!.stages[stage]))) row(`page measure ${stage}`, (t) => t.stages[stage]);
    for (const [label, phase] of PHASES) row(label, (t) => t.phases[phase]);
    row('keystroke to picture in the DOM', (t) => t.dom);
    row('keystroke to picture painted', (t) => t.painted);
    row('  worst', (t) => t.worst);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(scratch, { recursive: true, force: true });
}

/** What one page's keystrokes took: medians of each keystroke's times, and the page's own stage measures. */
interface Typing {
  /** Keystroke to the picture's markup changed in the DOM. */
  dom: number;
  /** Keystroke to the frame with the new picture drawn (its main-thread work done). */
  painted: number;
  worst: number;
  count: number;
  stages: Record<string, number>;
  /** Medians of each keystroke's phases, by the names in PHASES. */
  phases: Record<string, number>;
}

// Installed in the page before typing, the same for any build of the page: it records each
// keydown's time, the first change inside the picture's host after it, and the end of the frame
// that draws that change: a requestAnimationFrame callback runs before the frame's style, layout
// and paint, and a message posted from it is handled once they are done.
function watchPicture(): void {
  const w = window as unknown as { kg: { start: number; downs: number[]; dom: number[]; frames: number[]; painted: number[] } };
  w.kg = { start: performance.now(), downs: [], dom: [], frames: [], painted: [] };
  addEventListener('keydown', (e) => w.kg.downs.push(e.timeStamp), true);
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    w.kg.dom.push(performance.now());
    requestAnimationFrame(() => {
      w.kg.frames.push(performance.now());
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        pending = false;
        w.kg.painted.push(performance.now());
      };
      channel.port2.postMessage(null);
    });
  }).observe(document.getElementById('pg-svg')!, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * Types into the cluster's label in the real page, one key at a time as a typist would (the next
 * key waits for the last picture, so no keystroke's time includes waiting behind the one before).
 * Each keystroke's time runs from its keydown to the first picture after it: in the DOM, and painted.
 */
async function keystrokes(base: string, model: string, count: number): Promise<Typing> {
  const fragment = await encodeState({ model, settings: DEFAULT_SETTINGS });
  const page: Page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${base}#${fragment}`);
  await page.locator('[data-editor="ready"]').waitFor({ timeout: 60_000 });
  await page.locator('#pg-svg svg').waitFor();
  await page.waitForTimeout(500);
  const line = model.split('\n').findIndex((l) => l.startsWith('label: '));
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.evaluate(watchPicture);
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => (window as unknown as { kg: { painted: number[] } }).kg.painted.length);
    await page.keyboard.press('KeyX');
    await page.waitForFunction((n) => (window as unknown as { kg: { painted: number[] } }).kg.painted.length > n, before, { timeout: 30_000 });
    await page.waitForTimeout(30);
  }
  const { times, stages } = await page.evaluate(({ names, count }) => {
    const { kg } = window as unknown as { kg: { start: number; downs: number[]; dom: number[]; frames: number[]; painted: number[] } };
    const after = (list: number[], t: number) => list.find((x) => x > t);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const answers = performance.getEntriesByName('kg:answer');
    return {
      times: kg.downs.map((down) => {
        const [dom, frame, painted] = [after(kg.dom, down)!, after(kg.frames, down)!, after(kg.painted, down)!];
        const answer = answers.find((m) => m.startTime >= down);
        const request = answer?.startTime ?? NaN;
        const answered = answer ? answer.startTime + answer.duration : NaN;
        return { dom: dom - down, painted: painted - down, phases: { request: request - down, answer: answered - request, shown: dom - answered, frame: frame - dom, paint: painted - frame } };
      }),
      // Only the redraws of the typing: a page that drew its first pictures elsewhere says so.
      stages: Object.fromEntries(names.map((name) => [name, median(performance.getEntriesByName(name).filter((m) => m.startTime > kg.start).map((m) => m.duration).slice(-count))])),
    };
  }, { names: STAGE_MEASURES, count });
  await page.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const phases = Object.fromEntries(PHASES.map(([, phase]) => [phase, median(times.map((t) => t.phases[phase]))]));
  return { dom: median(times.map((t) => t.dom)), painted: median(times.map((t) => t.painted)), worst: Math.max(...times.map((t) => t.painted)), count: times.length, stages, phases };
}
