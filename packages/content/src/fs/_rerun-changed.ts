import { sep } from 'node:path';
import { walkLessons } from './_collect.js';
import { inside } from './_inside.js';
import { drawTargets } from './_draw-targets.js';
import { rereadLesson, type LessonIndex } from './_lesson-index.js';
import type { DiagramsOptions, DiagramsResult } from './types.js';

/** What a watcher keeps between runs. */
export interface WatchState {
  dir: string;
  options: DiagramsOptions;
  index: LessonIndex;
  /** For each model file read, the targets drawn from it. */
  dependencies: Map<string, Set<string>>;
}

/**
 * Brings the lessons up to date with the changed paths and regenerates what they affect: the
 * diagrams of a changed lesson and those drawn from a changed model (or from a folder that was
 * renamed or deleted). Undefined when nothing the diagrams depend on changed.
 */
export async function rerunChanged(state: WatchState, changed: readonly string[]): Promise<DiagramsResult | undefined> {
  const lessonsChanged = await updateLessons(state, changed);
  const affected = new Set<string>();
  for (const path of changed) {
    for (const [dep, targets] of state.dependencies) {
      if (dep === path || dep.startsWith(path + sep)) for (const t of targets) affected.add(t);
    }
  }
  if (lessonsChanged.size === 0 && affected.size === 0) return undefined;
  const result = await drawTargets(
    { lessons: state.index.refs, problems: [...lessonsChanged].flatMap((f) => state.index.problems.get(f) ?? []) },
    { ...state.options, dir: state.dir, check: false, only: (t) => lessonsChanged.has(t.lesson) || affected.has(t.path) },
  );
  for (const [dep, targets] of result.dependencies) state.dependencies.set(dep, new Set([...(state.dependencies.get(dep) ?? []), ...targets]));
  return result;
}

// Rereads the changed lessons; a change that is not a Markdown file (a folder created, renamed or
// deleted) lists the folder again, so lessons that came or went with it count as changed.
async function updateLessons(state: WatchState, changed: readonly string[]): Promise<Set<string>> {
  const { dir, index } = state;
  const underDir = changed.filter((p) => inside(dir, p));
  const lessons = new Set(underDir.filter((p) => p.toLowerCase().endsWith('.md')));
  if (underDir.some((p) => !p.toLowerCase().endsWith('.md'))) {
    const { files, folders } = await walkLessons(dir);
    index.folders = folders;
    const now = new Set(files);
    for (const file of [...index.refs.keys(), ...index.problems.keys()]) if (!now.has(file)) lessons.add(file);
    for (const file of files) if (!index.refs.has(file) && !index.problems.has(file)) lessons.add(file);
  }
  const touched = new Set<string>();
  for (const file of lessons) {
    const before = JSON.stringify([index.refs.get(file), index.problems.get(file)]);
    await rereadLesson(index, file);
    // A lesson listed again without any diagram, before or after, changes nothing.
    if (before !== JSON.stringify([index.refs.get(file), index.problems.get(file)]) || index.refs.has(file) || index.problems.has(file)) touched.add(file);
  }
  return touched;
}
