import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { course, LESSON, MODEL } from './_test-course.js';
import { checkDiagrams } from './check-diagrams.js';
import { regenerateDiagrams } from './regenerate-diagrams.js';

const LINE = '![The cluster](diagrams/overview.svg "kubegram: ../models/shop.yaml#overview")';

describe('checkDiagrams', () => {
  test('checkDiagrams lists missing, then stale files, writing nothing, and passes once they are current', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(LINE) });
    const svg = join(dir, 'intro/diagrams/overview.svg');
    expect(await checkDiagrams({ dir })).toMatchObject({ ok: false, targets: 1, outdated: [{ path: svg, state: 'missing', lesson: join(dir, 'intro/a.md'), line: 12 }] });
    await regenerateDiagrams({ dir });
    expect(await checkDiagrams({ dir })).toMatchObject({ ok: true, unchanged: [svg], outdated: [] });
    await writeFile(join(dir, 'models/shop.yaml'), MODEL('web-2'));
    expect(await checkDiagrams({ dir })).toMatchObject({ ok: false, outdated: [{ path: svg, state: 'stale' }] });
  });

  test('checkDiagrams fails when a diagram could not be drawn, though no file is out of date', async () => {
    const { dir } = await course({ 'intro/a.md': LESSON(LINE) });
    const result = await checkDiagrams({ dir, loadModel: () => Promise.reject(new Error('gone')) });
    expect(result).toMatchObject({ ok: false, outdated: [], failed: 1 });
  });
});
