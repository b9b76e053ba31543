import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The course builder of the content engine's own tests: one builder for both.
import { course, LESSON, MODEL } from '../../content/src/fs/_test-course.js';
import { kubegram } from './_run.js';

const ref = (target: string, src = 'diagrams/overview.svg') => `![The cluster](${src} "kubegram: ${target}")`;

/** A course of one lesson over `models/shop.yaml`, its pictures drawn by the real binary. */
async function drawn(body: string, files: Record<string, string> = {}): Promise<string> {
  const { dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(body), ...files });
  const result = await kubegram(['diagrams', '-q'], { cwd: dir });
  expect(result.stderr).toBe('');
  return dir;
}

describe('kubegram check', () => {
  it('prints its help', async () => {
    expect((await kubegram(['check', '--help'])).stdout).toMatchInlineSnapshot(`
      "Usage: kubegram check [dir] [options]

      Check a course in one run and print every problem as file:line:column, what is wrong, what was
      expected and an example: lesson frontmatter, diagram references (model, view, and the ids that
      highlight=, tour= and node= name), models (each problem in the model file, YAML and JSON models
      in <dir>/models too), and committed pictures that are missing or no longer match their model.
      Writes nothing. Exits 1 when there is an error; warnings (a folder without lessons) do not fail.

      Arguments:
        [dir]                  the course folder: <dir>/<module>/<lesson>.md (default: the current folder)

      Options:
            --format <format>  text (default) or json: one object with ok, counts and every problem
        -t, --theme <theme>    the theme the pictures are drawn in: light (default) or dark
        -q, --quiet            print problems only, no summary line
        -h, --help             show this help
      "
    `);
  });

  it('exits 0 on a course whose lessons, models and pictures agree, with a summary on standard error', async () => {
    const dir = await drawn(ref('../models/shop.yaml#worker highlight=worker-1-kubelet'));
    const result = await kubegram(['check', dir]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toBe(`${dir}: 1 lesson, 1 model, 1 picture checked: 0 errors, 0 warnings\n`);
  });

  it('exits 1 on a misspelt highlight id, at its line and column, with the near miss and an example', async () => {
    const dir = await drawn(ref('../models/shop.yaml#worker highlight=worker-1-kubelt'));
    const result = await kubegram(['check'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'intro/a.md:12:86: error: diagrams[0].options.highlight: unknown id "worker-1-kubelt" in highlight=: expected ids of elements or relations the worker view draws, such as "cp-1", "cp-1-apiserver", "worker-1", "worker-1-kubelet" (did you mean "worker-1-kubelet"?)\n' +
        '  for example:\n' +
        `    ${ref('../models/shop.yaml#worker highlight=worker-1-kubelet')}\n`,
    );
    expect(result.stderr).toBe('.: 1 lesson, 1 model, 1 picture checked: 1 error, 0 warnings\n');
    // The picture is current, so the picture check alone does not see the id.
    expect((await kubegram(['diagrams', '--check', '-q'], { cwd: dir })).code).toBe(0);
  });

  it('exits 1 on an unknown view, at its column', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('../models/shop.yaml#workr')) });
    const result = await kubegram(['check', '-q'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'intro/a.md:12:69: error: diagrams[0].view: unknown view "workr": expected one of overview, control-plane, worker, request-flow, reconcile, networking, workloads\n' +
        `  for example:\n    ${ref('../models/shop.yaml#worker')}\n`,
    );
  });

  it('exits 1 on a missing and a stale picture, naming the command that redraws them', async () => {
    const dir = await drawn(`${ref('../models/shop.yaml#overview', 'diagrams/a.svg')}\n\n${ref('../models/shop.yaml#worker', 'diagrams/b.svg')}`);
    await writeFile(join(dir, 'models/shop.yaml'), MODEL('api-1'));
    await rm(join(dir, 'intro/diagrams/b.svg'));
    const result = await kubegram(['check', 'course', '-q'], { cwd: join(dir, '..') });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      'course/intro/a.md:12:1: error: diagrams[0].src: stale picture diagrams/a.svg: it differs from what its model draws now; expected the committed file to match the model\n' +
        '  for example:\n    kubegram diagrams course\n' +
        'course/intro/a.md:14:1: error: diagrams[1].src: missing picture diagrams/b.svg: expected the file its model draws, committed beside the lesson\n' +
        '  for example:\n    kubegram diagrams course\n',
    );
  });

  it('exits 1 on broken YAML in the frontmatter, at its line and column', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON('Text.').replace("title: 'A cluster'", 'title: [A cluster') });
    const result = await kubegram(['check', '-q'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^intro\/a\.md:5:1: error: invalid YAML in the frontmatter: .+\n {2}for example:\n {4}---\n {4}title: 'Kubernetes Architecture'\n {4}---\n$/);
  });

  it('exits 1 on a model error, placed in the model file, with the reference that uses it', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL().replace('role: worker', 'role: workr'), 'intro/a.md': LESSON(ref('../models/shop.yaml#overview')) });
    const result = await kubegram(['check', '-q'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^models\/shop\.yaml:5:11: error: nodes\[1\]\.role: .*"workr".*\n {2}\(the model of diagrams\/overview\.svg at intro\/a\.md:12\)\n$/);
  });

  it('exits 0 on warnings alone, and --format json gives every problem to machines', async () => {
    const dir = await drawn(ref('../models/shop.yaml#overview'), { 'drafts/notes.txt': '' });
    const result = await kubegram(['check', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: true,
      lessons: 1,
      models: 1,
      pictures: 1,
      problems: [{ file: 'drafts', path: '', severity: 'warning', message: 'holds no lessons: expected Markdown lessons in each module folder, such as drafts/first-lesson.md, or the folder moved out of the course' }],
    });
  });

  it('exits 2 on arguments it cannot use', async () => {
    const { dir } = await course({ 'intro/a.md': LESSON('Text.') });
    const cases: [string[], string][] = [
      [['check', 'nope'], 'kubegram check: nope: no such file or directory\n'],
      [['check', 'intro/a.md'], 'kubegram check: intro/a.md: expected a course folder, got a file\n'],
      [['check', '--format', 'xml'], 'kubegram check: --format must be one of text, json, got "xml"\nRun "kubegram check --help" for usage.\n'],
      [['check', '.', 'more'], 'kubegram check: unexpected argument "more"\nRun "kubegram check --help" for usage.\n'],
    ];
    for (const [args, stderr] of cases) expect(await kubegram(args, { cwd: dir })).toMatchObject({ code: 2, stdout: '', stderr });
  });
});
