import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCourse } from './check-course.js';
import { initCourse } from './init-course.js';
import { regenerateDiagrams } from './regenerate-diagrams.js';

const STARTER = ['intro/first-lesson.md', 'models/cluster.yaml', 'package.json', '.gitignore', '.github/workflows/check.yml', 'intro/diagrams/overview.svg'];
const temp = () => mkdtemp(join(tmpdir(), 'kubegram-init-'));

describe('initCourse', () => {
  test('starts a course in a new folder that passes checkCourse, pictures included', async () => {
    const dir = join(await temp(), 'Kube Course');
    const result = await initCourse({ dir, kubegramVersion: '^1.2.0' });
    expect(result.ok && result.written.map((f) => relative(dir, f))).toEqual(STARTER);
    const check = await checkCourse({ dir });
    expect(check).toMatchObject({ ok: true, lessons: 1, models: 1, problems: [] });
    expect(check.diagrams.unchanged).toEqual([join(dir, 'intro/diagrams/overview.svg')]);
    expect(await regenerateDiagrams({ dir })).toMatchObject({ ok: true, written: [] });
    expect(JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'))).toEqual({
      name: 'kube-course',
      private: true,
      scripts: { check: 'kubegram check', diagrams: 'kubegram diagrams', build: 'kubegram build' },
      devDependencies: { kubegram: '^1.2.0' },
    });
    expect(await readFile(join(dir, '.github/workflows/check.yml'), 'utf8')).toContain('- run: npx kubegram check .\n');
  });

  test('refuses a folder that holds anything but .git, and writes nothing there', async () => {
    const dir = await temp();
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, 'notes.md'), 'mine');
    expect(await initCourse({ dir })).toEqual({ ok: false, reason: 'not-empty', entries: ['notes.md'] });
    expect(await initCourse({ dir: join(dir, 'notes.md') })).toEqual({ ok: false, reason: 'not-a-folder' });
    expect(await readFile(join(dir, 'notes.md'), 'utf8')).toBe('mine');
  });

  test('with force, adds the starter beside what is there and replaces no file', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'models'));
    await writeFile(join(dir, 'models/cluster.yaml'), 'id: mine\nnodes: []\n');
    const result = await initCourse({ dir, force: true });
    expect(result).toEqual({ ok: true, written: STARTER.slice(0, 1).concat(STARTER.slice(2, 5)).map((f) => join(dir, f)), kept: [join(dir, 'models/cluster.yaml')] });
    expect(await readFile(join(dir, 'models/cluster.yaml'), 'utf8')).toBe('id: mine\nnodes: []\n');
  });
});
