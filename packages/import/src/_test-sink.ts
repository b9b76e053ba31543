import type { ObjectSink, Place } from './_sink.js';
import type { ImportProblem } from './types.js';

/** A sink that records what a reader hands on, for the readers' tests. */
export function recordingSink(): ObjectSink & { objects: { value: unknown; at: Place; listKind: string | undefined }[]; problems: ImportProblem[]; notes: string[] } {
  const objects: { value: unknown; at: Place; listKind: string | undefined }[] = [];
  const problems: ImportProblem[] = [];
  const notes: string[] = [];
  return {
    objects,
    problems,
    notes,
    object: (value, at, listKind) => objects.push({ value, at, listKind }),
    problem: (p) => problems.push(p),
    note: (n) => notes.push(n),
  };
}
