import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { course, LESSON, MODEL } from './_test-course.js';
import { regenerateDiagrams } from './regenerate-diagrams.js';

const ref = (src: string, model = '../models/shop.yaml') => `![The cluster](${src} "kubegram: ${model}#overview")`;

describe('regenerateDiagrams', () => {
  test('regenerateDiagrams writes each referenced diagram, then leaves unchanged files alone', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('diagrams/overview.svg')) });
    const first = await regenerateDiagrams({ dir, mermaid: true });
    expect(first).toMatchObject({ ok: true, targets: 2, failed: 0, problems: [] });
    expect(first.written).toEqual([join(dir, 'intro/diagrams/overview.svg'), join(dir, 'intro/diagrams/overview.mmd')]);
    expect(await readFile(join(dir, 'intro/diagrams/overview.svg'), 'utf8')).toMatch(/^<svg/);
    expect([...first.dependencies.keys()]).toEqual([join(dir, 'models/shop.yaml')]);
    const second = await regenerateDiagrams({ dir, mermaid: true });
    expect(second).toMatchObject({ ok: true, written: [], unchanged: first.written });
  });

  test('regenerateDiagrams writes nothing outside the folder and names the lesson line that points there', async () => {
    const { root, dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(`${ref('../../out/x.svg')}\n\n${ref('diagrams/ok.svg')}`) });
    const result = await regenerateDiagrams({ dir });
    expect(existsSync(join(root, 'out/x.svg'))).toBe(false);
    expect(result).toMatchObject({ ok: false, failed: 1, written: [join(dir, 'intro/diagrams/ok.svg')] });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: join(dir, 'intro/a.md'), line: 12, path: 'src', message: expect.stringContaining('../../out/x.svg leads outside the folder') }),
    ]);
  });

  test('regenerateDiagrams keeps writes inside --out-dir too', async () => {
    const { root, dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('../../out/x.svg')) });
    const outDir = join(root, 'site');
    const result = await regenerateDiagrams({ dir, outDir });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ file: join(dir, 'intro/a.md'), line: 12 });
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  test('regenerateDiagrams refuses a folder inside that is a symbolic link to one outside', async () => {
    const { root, dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('diagrams/x.svg')) });
    await mkdir(join(root, 'elsewhere'));
    await symlink(join(root, 'elsewhere'), join(dir, 'intro/diagrams'));
    const result = await regenerateDiagrams({ dir });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toContain('through a symbolic link');
    expect(existsSync(join(root, 'elsewhere/x.svg'))).toBe(false);
  });

  test('regenerateDiagrams reports a model with an unresolved YAML alias for that model and draws the others', async () => {
    const { dir } = await course({
      'models/shop.yaml': MODEL(),
      'models/bad.yaml': 'id: bad\nlabel: *typo\nnodes: []\n',
      'intro/a.md': LESSON(`${ref('diagrams/bad.svg', '../models/bad.yaml')}\n\n${ref('diagrams/good.svg')}`),
    });
    const result = await regenerateDiagrams({ dir });
    expect(result).toMatchObject({ ok: false, failed: 1, written: [join(dir, 'intro/diagrams/good.svg')] });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: join(dir, 'models/bad.yaml'), usedBy: { src: 'diagrams/bad.svg', lesson: join(dir, 'intro/a.md'), line: 12 } });
  });

  test('regenerateDiagrams turns a YAML alias bomb into a problem of that model', async () => {
    const bomb = ['id: bomb', 'a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), 'nodes: []'].join('\n');
    const { dir } = await course({ 'models/bomb.yaml': bomb, 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(`${ref('diagrams/bomb.svg', '../models/bomb.yaml')}\n\n${ref('diagrams/good.svg')}`) });
    const result = await regenerateDiagrams({ dir });
    expect(result).toMatchObject({ ok: false, failed: 1, written: [join(dir, 'intro/diagrams/good.svg')] });
    expect(result.problems[0]?.file).toBe(join(dir, 'models/bomb.yaml'));
  });

  test('regenerateDiagrams turns anything a model loader throws into a problem of that model', async () => {
    const { dir } = await course({ 'intro/a.md': LESSON(ref('diagrams/x.svg', '../models/any.yaml')) });
    const result = await regenerateDiagrams({ dir, loadModel: () => Promise.reject(new Error('boom')) });
    expect(result).toMatchObject({ ok: false, failed: 1, problems: [{ file: join(dir, 'models/any.yaml'), message: 'could not load the model: boom' }] });
  });
});
