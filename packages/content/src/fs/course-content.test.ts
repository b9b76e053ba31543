import { access, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementsOf, selectView } from '@kubegram/model';
import { describe, expect, test } from 'vitest';
import { findDiagramRefs } from '../find-diagram-refs.js';
import { parseLesson } from '../parse-lesson.js';
import { loadCourse } from './load-course.js';
import { loadModel } from './load-model.js';

// The course in content/ is part of the product: every lesson must parse and every diagram must
// draw something real.
const CONTENT = fileURLToPath(new URL('../../../../content/', import.meta.url));
const course = await loadCourse(CONTENT);

describe('the course in content/', () => {
  test('every lesson has valid frontmatter and well-formed diagram references', () => {
    expect(course.errors).toEqual([]);
    expect(course.lessons.length).toBeGreaterThanOrEqual(3);
  });

  test('the Architecture module starts with the architecture lesson and its three pictures', () => {
    const architecture = course.modules.find((m) => m.name === 'Architecture');
    const first = architecture?.lessons[0];
    expect(first?.frontmatter.title).toBe('Kubernetes Architecture');
    expect(first?.diagrams.map((d) => [d.view, d.tour])).toEqual([
      ['overview', undefined],
      ['control-plane', undefined],
      ['worker', 'auto'],
    ]);
    const views = new Set(course.lessons.flatMap((l) => l.diagrams.map((d) => d.view)));
    expect([...views].sort()).toEqual(['control-plane', 'overview', 'reconcile', 'request-flow', 'worker']);
  });

  const refs = course.lessons.flatMap((l) => l.diagrams.map((d) => ({ ...d, lesson: l.file.slice(CONTENT.length) })));
  test.each(refs)('$lesson:$line $src resolves to a model, a view and existing elements', async (ref) => {
    const loaded = await loadModel(ref);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line ?? ''} ${e.path}: ${e.message}`).join('\n'));
    const selection = selectView(loaded.cluster, ref.view, ref.node === undefined ? {} : { node: ref.node });
    expect(selection.elements.length).toBeGreaterThan(0);
    const ids = new Set(elementsOf(loaded.cluster).map((e) => e.id));
    const named = [...ref.highlight, ...(Array.isArray(ref.tour) ? ref.tour : [])];
    expect(named.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('the models include a TypeScript model built with defineCluster and a YAML model with a $schema line', async () => {
    const files = [...new Set(refs.flatMap((r) => (r.model.kind === 'file' ? [r.model.path] : [])))];
    const ts = files.find((f) => f.endsWith('/models/course.ts'));
    expect(ts && (await readFile(ts, 'utf8'))).toMatch(/defineCluster\(/);
    const yaml = files.filter((f) => f.endsWith('.yaml'));
    expect(yaml.length).toBeGreaterThan(0);
    for (const file of yaml) {
      const schema = /^\$schema: (.+)$/m.exec(await readFile(file, 'utf8'))?.[1];
      expect(schema).toBe('../../packages/model/schema/cluster.schema.json');
      await expect(access(resolve(dirname(file), schema ?? ''))).resolves.toBeUndefined();
    }
  });

  test('the examples in content/README.md are valid', async () => {
    const readme = await readFile(`${CONTENT}README.md`, 'utf8');
    const frontmatter = /```yaml\n(---\n[\s\S]*?---\n)```/.exec(readme)?.[1] ?? '';
    const parsed = parseLesson(frontmatter, 'README.md');
    expect(parsed.ok ? parsed.lesson.frontmatter.title : parsed.errors).toBe('Kubernetes Architecture');

    const examples = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const { refs: found, errors } = findDiagramRefs(examples, `${CONTENT}architecture/example.md`);
    expect(errors).toEqual([]);
    expect(found).toHaveLength(3);
    for (const ref of found) {
      const loaded = await loadModel(ref);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      const ids = new Set(elementsOf(loaded.cluster).map((e) => e.id));
      expect(ref.highlight.filter((id) => !ids.has(id))).toEqual([]);
    }
  });
});
