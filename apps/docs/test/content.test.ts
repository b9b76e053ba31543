// The course as written: every lesson's frontmatter is valid and every diagram reference names a
// model that loads and a view that can be drawn from it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LessonFrontmatter } from '@kubegram/content';
import { loadCourse, loadModel } from '@kubegram/content/fs';
import { elementsOf, selectView, VIEW_NAMES } from '@kubegram/model';

const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));
const course = await loadCourse(CONTENT);
const refs = course.lessons.flatMap((lesson) => lesson.diagrams.map((ref) => ({ lesson, ref, name: `${lesson.file.slice(CONTENT.length)}:${ref.line} ${ref.src}` })));

describe('the course in content/', () => {
  it('loads with no problem', () => {
    expect(course.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.path}: ${e.message}`)).toEqual([]);
    expect(course.lessons.length).toBeGreaterThan(0);
  });

  it.each(course.lessons.map((l) => [l.file.slice(CONTENT.length), l] as const))('%s has valid frontmatter', (_name, lesson) => {
    expect(LessonFrontmatter.safeParse(lesson.frontmatter).success).toBe(true);
    expect(lesson.frontmatter.title.trim()).not.toBe('');
  });

  it('gives every lesson a module and an order of its own', () => {
    const orders = course.lessons.map((l) => l.frontmatter.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(course.modules.flatMap((m) => m.lessons)).toHaveLength(course.lessons.length);
  });

  it.each(refs.map((r) => [r.name, r] as const))('%s resolves to a model and a view', async (_name, { ref }) => {
    const loaded = await loadModel(ref);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`).join('\n'));
    expect(VIEW_NAMES).toContain(ref.view);
    const shown = selectView(loaded.cluster, ref.view, ref.node === undefined ? {} : { node: ref.node });
    expect(shown.elements.length).toBeGreaterThan(0);
    const ids = new Set(elementsOf(loaded.cluster).map((e) => e.id));
    for (const id of [...ref.highlight, ...(Array.isArray(ref.tour) ? ref.tour : [])]) expect(ids, `element "${id}"`).toContain(id);
  });
});
