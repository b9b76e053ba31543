/** A problem with a place in a file, as the packages report them. */
export interface LocatedProblem {
  /** The file; the fallback given to `formatProblem` when absent. */
  file?: string;
  line?: number;
  column?: number;
  /** Where inside the file, such as `nodes[0].role`; '' or absent for nowhere in particular. */
  path?: string;
  message: string;
  /** `error` when absent. */
  severity?: 'error' | 'warning';
  /** A valid piece of input to compare with, shown indented under the line. */
  example?: string;
}

/**
 * One problem as one line, `file:line:column: severity: path: message`: the gcc style that
 * editors and CI annotations jump to; an example, when the problem has one, follows indented.
 */
export function formatProblem(p: LocatedProblem, fallbackFile = ''): string {
  const file = p.file ?? fallbackFile;
  const where = p.line === undefined ? file : `${file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  const line = `${where}: ${p.severity ?? 'error'}: ${p.path === undefined || p.path === '' ? '' : `${p.path}: `}${p.message}`;
  return p.example === undefined ? line : `${line}\n  for example:\n${p.example.split('\n').map((l) => `    ${l}`).join('\n')}`;
}
