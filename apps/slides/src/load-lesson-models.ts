import { formatProblem, modelKey, type Lesson } from '@kubegram/content';
import { loadModel } from '@kubegram/content/fs';
import type { Cluster } from '@kubegram/model';

/** The clusters a lesson's diagrams draw, keyed as `lessonToDeck` looks them up; problems as messages. */
export async function loadLessonModels(lesson: Lesson): Promise<{ models: Map<string, Cluster>; errors: string[] }> {
  const models = new Map<string, Cluster>();
  const errors: string[] = [];
  for (const ref of lesson.diagrams) {
    const key = modelKey(ref.model);
    if (models.has(key)) continue;
    const result = await loadModel(ref, { cache: true });
    if (result.ok) models.set(key, result.cluster);
    else for (const e of result.errors) errors.push(`${formatProblem(e)} (the model of ${ref.src} at ${lesson.file}:${ref.line})`);
  }
  return { models, errors };
}
