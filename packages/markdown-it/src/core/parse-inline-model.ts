import type { Cluster } from '@kubegram/model';
import { parseClusterText } from '@kubegram/model/load';
import { FENCE_EXAMPLE } from './_examples.js';
import type { DiagramProblem, SourcePoint } from './types.js';

/**
 * Reads the YAML model inside a `kubegram` fence. `at` is where the fence's first content line
 * starts in the Markdown file, so every problem points at the Markdown file's own line and column.
 */
export function parseInlineModel(yaml: string, at: SourcePoint): { ok: true; cluster: Cluster } | { ok: false; problems: DiagramProblem[] } {
  const result = parseClusterText(yaml, `${at.file}.yaml`);
  if (result.ok) return { ok: true, cluster: result.cluster };
  const problems = result.errors.map((e): DiagramProblem => ({
    file: at.file,
    line: e.line === undefined ? at.line : at.line + e.line - 1,
    column: e.column === undefined ? at.column : at.column + e.column - 1,
    message: `${e.path === '' ? '' : `${e.path}: `}${e.message} (in the kubegram fence's YAML model)`,
    example: FENCE_EXAMPLE,
  }));
  return { ok: false, problems };
}
