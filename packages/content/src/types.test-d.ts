import type { Cluster, PresetName, ViewName } from '@kubegram/model';
import { describe, expectTypeOf, test } from 'vitest';
import { findDiagramRefs, parseLesson, type DiagramRef, type Lesson, type ResolvedFrontmatter } from './index.js';
import { loadCourse, loadModel, type CourseModule, type LoadModelResult } from './fs/index.js';

describe('types', () => {
  test('parseLesson narrows to a lesson or to errors', () => {
    const r = parseLesson('', 'x.md');
    if (r.ok) {
      expectTypeOf(r.lesson).toEqualTypeOf<Lesson>();
      expectTypeOf(r.lesson.frontmatter).toEqualTypeOf<ResolvedFrontmatter>();
      expectTypeOf(r).not.toHaveProperty('errors');
    } else {
      expectTypeOf(r.errors[0]!.path).toBeString();
      expectTypeOf(r.errors[0]!.line).toEqualTypeOf<number | undefined>();
    }
  });

  test('a diagram reference names a typed view and a model that narrows by kind', () => {
    const ref = findDiagramRefs('', 'x.md').refs[0]!;
    expectTypeOf(ref.view).toEqualTypeOf<ViewName>();
    expectTypeOf(ref.tour).toEqualTypeOf<'auto' | string[] | undefined>();
    if (ref.model.kind === 'preset') expectTypeOf(ref.model.name).toEqualTypeOf<PresetName>();
    else expectTypeOf(ref.model.path).toBeString();
  });

  test('loadModel takes a reference, a model or a path, and narrows to a cluster', () => {
    expectTypeOf(loadModel).parameter(0).toEqualTypeOf<DiagramRef | DiagramRef['model'] | string>();
    expectTypeOf(loadModel).returns.resolves.toEqualTypeOf<LoadModelResult>();
    // @ts-expect-error a number is not a model
    void loadModel(3);
    const r = {} as LoadModelResult;
    if (r.ok) expectTypeOf(r.cluster).toEqualTypeOf<Cluster>();
    expectTypeOf(r.dependencies).toEqualTypeOf<string[]>();
  });

  test('loadCourse gives modules of lessons', () => {
    expectTypeOf(loadCourse).returns.resolves.toHaveProperty('modules').toEqualTypeOf<CourseModule[]>();
  });
});
