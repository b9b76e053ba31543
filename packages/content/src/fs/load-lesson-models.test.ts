import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLesson } from '../parse-lesson.js';
import { course, LESSON, MODEL } from './_test-course.js';
import { loadLessonModels } from './load-lesson-models.js';

describe('loadLessonModels', () => {
  test('loadLessonModels loads each model once by modelKey and reports one that does not load with its reference', async () => {
    const { dir } = await course({ 'models/shop.yaml': MODEL(), 'models/bad.yaml': 'id: bad\nnodes: [{ id: n, role: boss }]\n' });
    const file = join(dir, 'intro/a.md');
    const body = ['![a](a.svg "kubegram: ../models/shop.yaml#overview")', '![b](b.svg "kubegram: ../models/shop.yaml#request-flow")', '![c](c.svg "kubegram: ../models/bad.yaml#overview")', '![d](d.svg "kubegram: preset:course#overview")'].join('\n\n');
    const parsed = parseLesson(LESSON(body), file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { models, problems } = await loadLessonModels([parsed.lesson]);
    expect([...models.keys()]).toEqual([join(dir, 'models/shop.yaml'), 'preset:course']);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === join(dir, 'models/bad.yaml') && p.usedBy?.src === 'c.svg' && p.usedBy.line === 16)).toBe(true);
  });
});
