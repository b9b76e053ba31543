import type { Lesson } from '@kubegram/content';
import { loadModel } from '@kubegram/content/node';
import type { Cluster } from '@kubegram/model';
import { modelKey } from '@kubegram/slides';

/** The clusters a lesson's diagrams draw, keyed as `lessonToDeck` looks them up; problems as messages. */
export async function loadLessonModels(lesson: Lesson): Promise<{ models: Map<string, Cluster>; errors: string[] }> {
  const models = new Map<string, Cluster>();
  const errors: string[] = [];
  for (const ref of lesson.diagrams) {
    const key = modelKey(ref.model);
    if (models.has(key)) continue;
    const result = await loadModel(ref, { cache: true });
    if (result.ok) models.set(key, result.cluster);
    else for (const e of result.errors) errors.push(`${lesson.file}:${ref.line}: model ${key}: ${e.path === '' ? '' : `${e.path}: `}${e.message}`);
  }
  return { models, errors };
}
