/** How serious a problem is: errors reject the model, warnings only advise. */
export type Severity = 'error' | 'warning';

/** One thing wrong with a model, located by a path such as `nodes[2].pods[0].containers`. */
export interface Problem {
  /** Path inside the model; empty for the model as a whole. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
  severity: Severity;
  /** A stable code per rule, for tools that filter problems. */
  code: string;
}

/** Formats a path such as `["nodes", 2, "pods"]` as `nodes[2].pods`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}
