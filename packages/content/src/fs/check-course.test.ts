import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../format-problem.js';
import { checkCourse } from './check-course.js';
import { regenerateDiagrams } from './regenerate-diagrams.js';
import { course, LESSON, MODEL } from './_test-course.js';

const ref = (target: string, src = 'diagrams/overview.svg') => `![The cluster](${src} "kubegram: ${target}")`;

// The problems as the command line prints them, paths relative to the course, examples left out.
async function check(files: Record<string, string>, { draw = true } = {}) {
  const { dir } = await course(files);
  if (draw) await regenerateDiagrams({ dir });
  const result = await checkCourse({ dir });
  return { dir, result, lines: result.problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file), example: undefined })) };
}

describe('checkCourse', () => {
  test('a course whose lessons, models and pictures agree has no problem', async () => {
    const { result } = await check({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('../models/shop.yaml#worker highlight=worker-1-kubelet tour=worker-1-kubelet node=worker-1')) });
    expect(result).toMatchObject({ ok: true, lessons: 1, models: 1, problems: [] });
    expect(result.diagrams.unchanged).toHaveLength(1);
  });

  test('a misspelt highlight id is an error at its column, with the near miss and a reference that works', async () => {
    const { result, lines } = await check({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('../models/shop.yaml#worker highlight=worker-1-kubelt')) });
    expect(result.ok).toBe(false);
    expect(lines).toEqual([
      'intro/a.md:12:86: error: diagrams[0].options.highlight: unknown id "worker-1-kubelt" in highlight=: expected ids of elements or relations the worker view draws, such as "cp-1", "cp-1-apiserver", "worker-1", "worker-1-kubelet" (did you mean "worker-1-kubelet"?)',
    ]);
    expect(result.problems[0]?.example).toBe(ref('../models/shop.yaml#worker highlight=worker-1-kubelet'));
  });

  test('an unknown view is reported once, at the view', async () => {
    const { result, lines } = await check({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('../models/shop.yaml#workr')) });
    expect(lines).toEqual(['intro/a.md:12:69: error: diagrams[0].view: unknown view "workr": expected one of overview, control-plane, worker, request-flow, reconcile, networking, workloads']);
    expect(result.problems[0]?.example).toBe(ref('../models/shop.yaml#worker'));
  });

  test('a missing model file is an error at the model in the reference, not a bare file problem', async () => {
    const { lines } = await check({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(`Text.\n\n${ref('../models/shopp.yaml#overview')}`) });
    expect(lines).toEqual([
      'intro/a.md:14:49: error: diagrams[0].model: unknown model "../models/shopp.yaml": could not read the model file: no such file; expected a model file relative to the lesson, or preset:<name>',
    ]);
  });

  test('a missing picture and a stale one are errors at their references', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(`${ref('../models/shop.yaml#overview', 'diagrams/a.svg')}\n\n${ref('../models/shop.yaml#worker', 'diagrams/b.svg')}`) });
    await regenerateDiagrams({ dir });
    await writeFile(join(dir, 'models/shop.yaml'), MODEL('api-1'));
    await mkdir(join(dir, 'intro/diagrams'), { recursive: true });
    await writeFile(join(dir, 'intro/diagrams/a.svg'), '');
    await rm(join(dir, 'intro/diagrams/b.svg'));
    const result = await checkCourse({ dir, regenerate: 'kubegram diagrams course' });
    expect(result.problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }))).toEqual([
      'intro/a.md:12:1: error: diagrams[0].src: stale picture diagrams/a.svg: it differs from what its model draws now; expected the committed file to match the model\n  for example:\n    kubegram diagrams course',
      'intro/a.md:14:1: error: diagrams[1].src: missing picture diagrams/b.svg: expected the file its model draws, committed beside the lesson\n  for example:\n    kubegram diagrams course',
    ]);
  });

  test('broken YAML in the frontmatter is an error at its line and column, with an example', async () => {
    const text = LESSON(ref('../models/shop.yaml#overview')).replace("title: 'A cluster'", 'title: [A cluster');
    const { result, lines } = await check({ 'models/shop.yaml': MODEL(), 'intro/a.md': text });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^intro\/a\.md:5:1: error: invalid YAML in the frontmatter: /);
    expect(result.problems[0]?.example).toBe("---\ntitle: 'Kubernetes Architecture'\n---");
  });

  test('a model error is placed in the model file, and names the reference that uses it', async () => {
    const { result, lines } = await check({ 'models/shop.yaml': MODEL().replace('role: worker', 'role: workr'), 'intro/a.md': LESSON(ref('../models/shop.yaml#overview')) });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^models\/shop\.yaml:5:11: error: nodes\[1\]\.role: /);
    expect(result.problems[0]?.usedBy).toEqual({ src: 'diagrams/overview.svg', lesson: join(result.problems[0]!.file, '../../intro/a.md'), line: 12 });
  });

  test('a model no lesson uses is checked too, and a folder without lessons is only a warning', async () => {
    const { result, lines } = await check({
      'models/shop.yaml': MODEL(),
      'models/spare.yaml': 'id: spare\nnodes: 3\n',
      'intro/a.md': LESSON(ref('../models/shop.yaml#overview')),
      'pictures/logo.svg': '<svg/>',
    });
    expect(result.models).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/^models\/spare\.yaml:2:8: error: nodes: /), 'pictures: warning: holds no lessons: expected Markdown lessons in each module folder, such as pictures/first-lesson.md, or the folder moved out of the course']);
  });

  test('warnings alone keep the check ok', async () => {
    const { result, lines } = await check({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('../models/shop.yaml#overview')), 'drafts/notes.txt': '' });
    expect(lines).toEqual([expect.stringMatching(/^drafts: warning: holds no lessons/)]);
    expect(result.ok).toBe(true);
  });

  test('a tour step the view does not draw is an error at the step', async () => {
    const { lines } = await check({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('../models/shop.yaml#worker tour=worker-1-kubelet,cp-1-etcd')) });
    expect(lines).toEqual(['intro/a.md:12:98: error: diagrams[0].options.tour: "cp-1-etcd" is not drawn in the worker view: expected elements the view draws, such as "cp-1", "cp-1-apiserver", "worker-1", "worker-1-kubelet"']);
  });

  test('an unknown node is reported once, at the option', async () => {
    const { lines } = await check({ 'models/shop.yaml': MODEL(), 'intro/a.md': LESSON(ref('../models/shop.yaml#worker node=worker-2')) });
    expect(lines).toEqual(['intro/a.md:12:81: error: diagrams[0].options.node: unknown node "worker-2" for the worker view: expected one of "worker-1" (did you mean "worker-1"?)']);
  });
});
