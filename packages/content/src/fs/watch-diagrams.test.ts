import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { course, LESSON, MODEL } from './_test-course.js';
import type { DiagramsResult } from './types.js';
import { watchDiagrams, type WatchResult } from './watch-diagrams.js';

const LINE = '![The cluster](diagrams/overview.svg "kubegram: ../models/shop.yaml#overview")';

async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

// Saves a file the way `sed -i` and many editors do: a new file renamed over the old one.
async function saveByRename(path: string, text: string): Promise<void> {
  await writeFile(`${path}.tmp`, text);
  await rename(`${path}.tmp`, path);
}

async function watching(dir: string) {
  const controller = new AbortController();
  const runs: DiagramsResult[] = [];
  let ready = false;
  const done: Promise<WatchResult> = watchDiagrams({ dir, signal: controller.signal, poll: 100, onRun: (r) => void runs.push(r), onReady: () => void (ready = true) });
  await until(() => ready, 'the first run');
  return { runs, done, stop: async () => (controller.abort(), done) };
}

describe('watchDiagrams', () => {
  test('watchDiagrams picks up a model saved by rename, twice in a row', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(LINE) });
    const svg = join(dir, 'intro/diagrams/overview.svg');
    const w = await watching(dir);
    try {
      await saveByRename(join(dir, 'models/shop.yaml'), MODEL('web-2'));
      await until(async () => (await readFile(svg, 'utf8')).includes('web-2'), 'the first save');
      await saveByRename(join(dir, 'models/shop.yaml'), MODEL('web-3'));
      await until(async () => (await readFile(svg, 'utf8')).includes('web-3'), 'the second save');
    } finally {
      expect(await w.stop()).toEqual({ stopped: 'signal' });
    }
  });

  test('watchDiagrams reports a deleted model folder, keeps running, and redraws when it is back', async () => {
    const { root, dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(LINE.replace('../models/', '../../models/')) });
    await mkdir(join(root, 'models'));
    await writeFile(join(root, 'models/shop.yaml'), MODEL());
    const svg = join(dir, 'intro/diagrams/overview.svg');
    const w = await watching(dir);
    try {
      expect(w.runs[0]).toMatchObject({ ok: true, written: [svg] });
      await rename(join(root, 'models'), join(root, 'models-old'));
      await until(() => w.runs.some((r) => r.problems.some((p) => p.file === join(root, 'models/shop.yaml'))), 'the missing model');
      await rename(join(root, 'models-old'), join(root, 'models'));
      await saveByRename(join(root, 'models/shop.yaml'), MODEL('web-7'));
      await until(async () => (await readFile(svg, 'utf8')).includes('web-7'), 'the model back');
    } finally {
      expect(await w.stop()).toEqual({ stopped: 'signal' });
    }
  });

  test('watchDiagrams follows a lesson folder renamed inside the course', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(LINE) });
    const w = await watching(dir);
    try {
      await rename(join(dir, 'intro'), join(dir, 'basics'));
      await until(() => w.runs.some((r) => r.written.includes(join(dir, 'basics/diagrams/overview.svg')) || r.unchanged.includes(join(dir, 'basics/diagrams/overview.svg'))), 'the renamed folder');
      await saveByRename(join(dir, 'models/shop.yaml'), MODEL('web-4'));
      await until(async () => (await readFile(join(dir, 'basics/diagrams/overview.svg'), 'utf8')).includes('web-4'), 'a change after the rename');
    } finally {
      await w.stop();
    }
  });

  test('watchDiagrams stops, saying which folder went, when the watched folder is renamed or deleted', async () => {
    const { root, dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(LINE) });
    const w = await watching(dir);
    await rename(dir, join(root, 'moved'));
    expect(await w.done).toEqual({ stopped: 'gone', folder: dir });
    const again = await watching(join(root, 'moved'));
    await rm(join(root, 'moved'), { recursive: true });
    expect(await again.done).toEqual({ stopped: 'gone', folder: join(root, 'moved') });
  });
});
