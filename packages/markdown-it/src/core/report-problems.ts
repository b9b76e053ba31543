import { formatProblem } from '@kubegram/content';
import type { DiagramProblem } from './types.js';

/** How problems are reported. */
export interface ReportOptions {
  /** Throw instead of reporting, so the build fails. */
  strict: boolean;
  /** Called with each problem; a console warning when not given. */
  onProblem?: ((problem: DiagramProblem) => void) | undefined;
}

/**
 * Reports the problems of one diagram: throws an Error listing them all when `strict`, otherwise
 * hands each to `onProblem` (or warns on the console) and returns.
 */
export function reportProblems(problems: readonly DiagramProblem[], options: ReportOptions): void {
  if (problems.length === 0) return;
  if (options.strict) {
    throw Object.assign(new Error(`Kubegram could not draw a diagram:\n${problems.map((p) => formatProblem(p)).join('\n')}`), { problems });
  }
  for (const p of problems) {
    if (options.onProblem) options.onProblem(p);
    else console.warn(`[kubegram] ${formatProblem(p)}`);
  }
}
