import type { Cluster } from '@kubegram/model';
import { modelKey } from '../model-key.js';
import type { Lesson } from '../types.js';
import { loadModel } from './load-model.js';
import type { DiagramProblem } from './types.js';

/** What `loadLessonModels` gives: the clusters by `modelKey`, and every problem of a model that did not load. */
export interface LessonModels {
  models: Map<string, Cluster>;
  /** Each names the model's file and, in `usedBy`, the reference that first drew from it. */
  problems: DiagramProblem[];
}

/**
 * Loads the cluster of every diagram of the lessons, once per model, keyed by `modelKey` as
 * `lessonToDeck` and the site look them up. Never throws: a model that does not load (or whose
 * loader throws) is a problem, and the other models still load.
 */
export async function loadLessonModels(lessons: readonly Lesson[]): Promise<LessonModels> {
  const models = new Map<string, Cluster>();
  const problems: DiagramProblem[] = [];
  const tried = new Set<string>();
  for (const lesson of lessons) {
    for (const ref of lesson.diagrams) {
      const key = modelKey(ref.model);
      if (tried.has(key)) continue;
      tried.add(key);
      const usedBy = { src: ref.src, lesson: lesson.file, line: ref.line };
      try {
        const result = await loadModel(ref);
        if (result.ok) models.set(key, result.cluster);
        else problems.push(...result.errors.map((e) => ({ ...e, usedBy })));
      } catch (cause) {
        problems.push({ file: key, path: '', message: `could not load the model: ${cause instanceof Error ? cause.message : String(cause)}`, severity: 'error', usedBy });
      }
    }
  }
  return { models, problems };
}
