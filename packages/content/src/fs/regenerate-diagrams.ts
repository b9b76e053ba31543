import { resolve } from 'node:path';
import { drawTargets } from './_draw-targets.js';
import { readLessonIndex } from './_lesson-index.js';
import type { DiagramsOptions, DiagramsResult } from './types.js';

/**
 * Writes every diagram the lessons under `dir` reference where its image path points (or under
 * `outDir`), leaving unchanged files alone. A bad reference, a model that does not load or a path
 * leading out of the folder fails that diagram only; `ok` is true only when every one was written.
 */
export async function regenerateDiagrams(options: DiagramsOptions): Promise<DiagramsResult> {
  const dir = resolve(options.dir);
  const index = await readLessonIndex(dir);
  return drawTargets({ lessons: index.refs, problems: [...index.problems.values()].flat() }, { ...options, dir, check: false });
}
