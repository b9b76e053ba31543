import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCourse } from './load-course.js';

const lesson = (id: string, order: number, module: string, extra = '') =>
  `---\nid: "${id}"\norder: ${order}\ntitle: 'Lesson ${id}'\nexcerpt: ''\ncoverImage: ''\nmodule: '${module}'\nvideoId: ''\nduration: ''\n---\n\n## Part\n\nText.\n${extra}`;

describe('loadCourse', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kubegram-course-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const write = async (path: string, text: string) => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  };

  test('finds the lessons of every module folder, sorted by order, and orders modules by their first lesson', async () => {
    await write('architecture/b.md', lesson('b', 3, 'Architecture'));
    await write('architecture/a.md', lesson('a', 1, 'Architecture'));
    await write('networking/c.md', lesson('c', 2, 'Networking'));
    await write('networking/README.md', '# Not a lesson\n');
    await write('models/notes.md', '# Not a lesson either\n');
    await write('README.md', '# The course\n');
    await write('architecture/diagrams/x.md', '# Nested files are not lessons\n');

    const course = await loadCourse(dir);
    expect(course.errors).toEqual([]);
    expect(course.lessons.map((l) => l.frontmatter.id)).toEqual(['a', 'c', 'b']);
    expect(course.lessons[0]?.file).toBe(join(dir, 'architecture/a.md'));
    expect(course.modules.map((m) => [m.name, m.slug, m.lessons.map((l) => l.frontmatter.id)])).toEqual([
      ['Architecture', 'architecture', ['a', 'b']],
      ['Networking', 'networking', ['c']],
    ]);
  });

  test('duplicate ids and orders are errors naming both files', async () => {
    await write('m/a.md', lesson('1', 1, 'M'));
    await write('m/b.md', lesson('1', 2, 'M'));
    await write('m/c.md', lesson('3', 2, 'M'));
    const { errors, lessons } = await loadCourse(dir);
    expect(lessons).toHaveLength(3);
    expect(errors).toEqual([
      { file: join(dir, 'm/b.md'), path: 'id', message: `duplicate lesson id "1": ${join(dir, 'm/a.md')} has it too; expected each lesson to have its own` },
      { file: join(dir, 'm/c.md'), path: 'order', message: `duplicate lesson order 2: ${join(dir, 'm/b.md')} has it too; expected each lesson to have its own` },
    ]);
  });

  test('bad lessons are reported and left out; a folder that mixes modules is an error', async () => {
    await write('m/good.md', lesson('1', 1, 'M'));
    await write('m/other.md', lesson('2', 2, 'Other'));
    await write('m/bad.md', lesson('3', 3, 'M').replace("title: 'Lesson 3'\n", ''));
    await write('m/bad-diagram.md', lesson('4', 4, 'M', '\n![x](x.svg "kubegram: preset:course")\n'));
    const { errors, lessons } = await loadCourse(dir);
    expect(lessons.map((l) => l.frontmatter.id)).toEqual(['1', '2']);
    expect(errors.map((e) => [e.file.slice(dir.length + 1), e.path])).toEqual([
      ['m/bad-diagram.md', 'diagrams[0].view'],
      ['m/bad.md', 'title'],
      ['m/other.md', 'module'],
    ]);
  });

  test('a missing folder is an error, not an exception', async () => {
    const course = await loadCourse(join(dir, 'nowhere'));
    expect(course).toEqual({
      lessons: [],
      modules: [],
      errors: [{ file: join(dir, 'nowhere'), path: '', message: 'could not read the course folder: no such file or folder' }],
      warnings: [],
    });
  });

  test('a flat folder of title-only lessons is a course of one module, ordered by the numbers in the file names', async () => {
    const root = join(dir, 'k8s-basics');
    await write('k8s-basics/10-services.md', "---\ntitle: 'Services'\n---\nA stable name for pods.\n");
    await write('k8s-basics/2-pods.md', "---\ntitle: 'Pods'\n---\n# Pods\n\nThe smallest thing Kubernetes runs.\n");
    const course = await loadCourse(root);
    expect(course.errors).toEqual([]);
    expect(course.lessons.map((l) => l.frontmatter)).toEqual([
      { id: '2-pods', order: 2, title: 'Pods', excerpt: 'The smallest thing Kubernetes runs.', coverImage: '', module: 'K8s basics', videoId: '', duration: '' },
      { id: '10-services', order: 10, title: 'Services', excerpt: 'A stable name for pods.', coverImage: '', module: 'K8s basics', videoId: '', duration: '' },
    ]);
    expect(course.modules.map((m) => [m.name, m.slug, m.lessons.length])).toEqual([['K8s basics', 'k8s-basics', 2]]);
  });

  test('module folders numbered from 01 each keep their lessons together; unnumbered lessons follow their place in the folder', async () => {
    await write('01-getting-started/01-intro.md', "---\ntitle: 'Intro'\n---\n");
    await write('01-getting-started/02-tools.md', "---\ntitle: 'Tools'\n---\n");
    await write('02-workloads/01-deployments.md', "---\ntitle: 'Deployments'\n---\n");
    await write('02-workloads/jobs.md', "---\ntitle: 'Jobs'\n---\n");
    await write('02-workloads/zz.md', "---\ntitle: 'Later'\nmodule: 'Workloads'\n---\n");
    const course = await loadCourse(dir);
    expect(course.errors).toEqual([]);
    expect(course.warnings).toEqual([]);
    expect(course.modules.map((m) => [m.name, m.lessons.map((l) => `${l.frontmatter.order} ${l.frontmatter.title}`)])).toEqual([
      ['Getting started', ['1 Intro', '2 Tools']],
      ['Workloads', ['1 Deployments', '2 Jobs', '3 Later']],
    ]);
  });

  test('a course may mix lessons in its own folder with module folders', async () => {
    const root = join(dir, 'course');
    await write('course/welcome.md', "---\ntitle: 'Welcome'\nmodule: 'Start'\n---\n");
    await write('course/networking/dns.md', "---\ntitle: 'DNS'\n---\n");
    const course = await loadCourse(root);
    expect(course.errors).toEqual([]);
    expect(course.modules.map((m) => [m.name, m.lessons.map((l) => l.frontmatter.id)])).toEqual([
      ['Networking', ['dns']],
      ['Start', ['welcome']],
    ]);
  });

  test('Markdown in a folder too deep or in models/ is a warning naming the folder, never left out unsaid', async () => {
    await write('m/a.md', "---\ntitle: 'A'\n---\n");
    await write('m/part-2/b.md', "---\ntitle: 'B'\n---\n");
    await write('models/notes.md', '# Notes\n');
    await write('m/diagrams/a.svg', '<svg/>');
    const course = await loadCourse(dir);
    expect(course.lessons).toHaveLength(1);
    expect(course.warnings.map((w) => [w.file.slice(dir.length + 1), w.message.split(':')[0]])).toEqual([
      ['m/part-2', 'skipped m/part-2/ and the Markdown in it'],
      ['models', 'skipped models/ and the Markdown in it'],
    ]);
  });

  test('a course folder with no lesson is an error, not an empty course', async () => {
    await write('README.md', '# About\n');
    const course = await loadCourse(dir);
    expect(course.lessons).toEqual([]);
    expect(course.errors).toEqual([{ file: dir, path: '', message: expect.stringMatching(/^found no lessons: expected Markdown files starting with frontmatter/) }]);
  });

  test('default ids must still be unique: the error says to write an id', async () => {
    await write('a/intro.md', "---\ntitle: 'A'\n---\n");
    await write('b/intro.md', "---\ntitle: 'B'\n---\n");
    const { errors } = await loadCourse(dir);
    expect(errors).toEqual([{ file: join(dir, 'b/intro.md'), path: 'id', message: expect.stringMatching(/^duplicate lesson id "intro": .*\(write an id: field in one of them\)$/) }]);
  });
});
