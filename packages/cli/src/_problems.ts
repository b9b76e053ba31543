import type { LocatedProblem as ContentProblem } from '@kubegram/content';

export { formatProblem } from '@kubegram/content';

/** A problem as the model packages report it, with the place in the file when known. */
export type LocatedProblem = ContentProblem & { path: string; severity: 'error' | 'warning' };

/** `1 diagram file`, `2 diagram files`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
