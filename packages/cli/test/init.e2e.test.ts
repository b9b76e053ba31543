import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubegram } from './_run.js';

const temp = () => mkdtemp(join(tmpdir(), 'kubegram-init-'));

describe('kubegram init', () => {
  it('prints its help', async () => {
    expect((await kubegram(['init', '--help'])).stdout).toMatchInlineSnapshot(`
      "Usage: kubegram init [dir] [options]

      Start a course in <dir>: one lesson with a diagram reference (intro/first-lesson.md), its model
      (models/cluster.yaml) and its picture, package.json with the check, diagrams and build scripts,
      a .gitignore, and a GitHub Actions workflow that runs "kubegram check". It passes
      "kubegram check" as it is. No existing file is ever replaced.

      Arguments:
        [dir]          the folder to start the course in, created when missing (default: the current folder)

      Options:
        -f, --force    add the starter files to a folder that is not empty, keeping every file there
        -q, --quiet    print nothing but problems
        -h, --help     show this help
      "
    `);
  });

  it('starts a course that kubegram check passes, and whose picture kubegram diagrams draws', async () => {
    const root = await temp();
    const init = await kubegram(['init', 'course'], { cwd: root });
    expect(init).toMatchObject({ code: 0, stdout: '' });
    expect(init.stderr).toBe(
      [
        'wrote course/intro/first-lesson.md',
        'wrote course/models/cluster.yaml',
        'wrote course/package.json',
        'wrote course/.gitignore',
        'wrote course/.github/workflows/check.yml',
        'wrote course/intro/diagrams/overview.svg',
        '6 files written. Next: cd course && npm install && npm run check',
        '',
      ].join('\n'),
    );
    const dir = join(root, 'course');
    expect(await kubegram(['check', '.'], { cwd: dir })).toMatchObject({ code: 0, stdout: '', stderr: '.: 1 lesson, 1 model, 1 picture checked: 0 errors, 0 warnings\n' });

    const picture = join(dir, 'intro/diagrams/overview.svg');
    const drawnByInit = await readFile(picture);
    await rm(picture);
    expect(await kubegram(['diagrams', '.'], { cwd: dir })).toMatchObject({ code: 0, stderr: '1 diagram file: 1 written, 0 unchanged\n' });
    expect((await readFile(picture)).equals(drawnByInit)).toBe(true);

    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts).toEqual({ check: 'kubegram check', diagrams: 'kubegram diagrams', build: 'kubegram build' });
    expect(await readFile(join(dir, '.github/workflows/check.yml'), 'utf8')).toContain('- run: npx kubegram check .\n');
  });

  it('refuses a folder that is not empty with exit 2, and with --force keeps every file there', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'package.json'), '{ "name": "mine" }\n');
    const refused = await kubegram(['init'], { cwd: dir });
    expect(refused).toMatchObject({
      code: 2,
      stderr: 'kubegram init: .: the folder is not empty (package.json): expected a new or empty folder, such as "kubegram init my-course"; --force adds the starter beside what is there, replacing no file\n',
    });
    expect(existsSync(join(dir, 'models'))).toBe(false);

    const forced = await kubegram(['init', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('kept  package.json (it exists)\n');
    expect(await readFile(join(dir, 'package.json'), 'utf8')).toBe('{ "name": "mine" }\n');
    // The lesson and the model are the starter's own, so its picture is drawn and the course checks.
    expect((await kubegram(['check', '-q'], { cwd: dir })).code).toBe(0);
  });

  it('exits 2 for a file where the folder should be, and for an argument too many', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'file'), '');
    expect(await kubegram(['init', 'file'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'kubegram init: file: expected a folder for the course, got a file\n' });
    expect(await kubegram(['init', 'a', 'b'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'kubegram init: unexpected argument "b"\nRun "kubegram init --help" for usage.\n' });
  });
});
