/** A problem as the model packages report it, with the place in the file when known. */
export interface LocatedProblem {
  file?: string;
  line?: number;
  column?: number;
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

// The gcc-style `file:line:column: severity: ...` prefix lets editors and CI annotations jump to it.
export function formatProblem(p: LocatedProblem, fallbackFile: string): string {
  const file = p.file ?? fallbackFile;
  const where = p.line === undefined ? file : `${file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  return `${where}: ${p.severity}: ${p.path === '' ? '' : `${p.path}: `}${p.message}`;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
