import type { DiagramProblem } from './types.js';

/** One problem as a compiler-style text: `file:line:column: message`, then the example, indented. */
export function formatProblem(problem: DiagramProblem): string {
  const example = problem.example.split('\n').map((l) => `    ${l}`).join('\n');
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}\n  for example:\n${example}`;
}
