import type { ImportProblem } from './types.js';

/** Where an object sits in the input: its file, its path there and the line it starts on. */
export interface Place {
  file: string;
  path: string;
  line?: number | undefined;
}

/** What the readers hand on: objects with their place, syntax problems, and notes. */
export interface ObjectSink {
  /** One object; `listKind` is the kind of the list it came from (`NodeList`), when known. */
  object(value: unknown, at: Place, listKind?: string): void;
  problem(problem: ImportProblem): void;
  note(text: string): void;
}
