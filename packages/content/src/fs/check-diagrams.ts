import { resolve } from 'node:path';
import { drawTargets } from './_draw-targets.js';
import { readLessonIndex } from './_lesson-index.js';
import type { DiagramsOptions, DiagramsResult } from './types.js';

/**
 * Compares every diagram the lessons under `dir` reference with what its model draws now, writing
 * nothing. `ok` is true only when every diagram was drawn and its file is current.
 */
export async function checkDiagrams(options: DiagramsOptions): Promise<DiagramsResult> {
  const dir = resolve(options.dir);
  const index = await readLessonIndex(dir);
  return drawTargets({ lessons: index.refs, problems: [...index.problems.values()].flat() }, { ...options, dir, check: true });
}
