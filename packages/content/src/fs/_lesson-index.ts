import type { ContentError, DiagramRef } from '../types.js';
import { refsOf, walkLessons } from './_collect.js';

/** The diagram references and the reference problems of every lesson under a folder, by file. */
export interface LessonIndex {
  refs: Map<string, DiagramRef[]>;
  problems: Map<string, ContentError[]>;
  /** The folders searched, the root first. */
  folders: string[];
}

/** Reads every lesson under `dir`. */
export async function readLessonIndex(dir: string): Promise<LessonIndex> {
  const index: LessonIndex = { refs: new Map(), problems: new Map(), folders: [] };
  const { files, folders } = await walkLessons(dir);
  index.folders = folders;
  for (const file of files) await rereadLesson(index, file);
  return index;
}

/** Reads one lesson again (a missing file references nothing). */
export async function rereadLesson(index: LessonIndex, file: string): Promise<void> {
  const found = await refsOf(file);
  if (found.refs.length > 0) index.refs.set(file, found.refs);
  else index.refs.delete(file);
  if (found.errors.length > 0) index.problems.set(file, found.errors);
  else index.problems.delete(file);
}
