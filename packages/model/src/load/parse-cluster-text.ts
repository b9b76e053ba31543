import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { parseCluster } from '../parse.js';
import type { Cluster } from '../cluster.js';
import type { Problem } from '../problem.js';

/** A problem located in a file: the model path plus the line and column it points at (1-based). */
export interface FileProblem extends Problem {
  file: string;
  line?: number;
  column?: number;
}

/** What loading a model file gives: the cluster, or every problem with its place in the file. */
export type LoadResult =
  | { ok: true; file: string; cluster: Cluster; warnings: FileProblem[] }
  | { ok: false; file: string; errors: FileProblem[]; warnings: FileProblem[] };

/**
 * Parses the text of a YAML or JSON model (JSON is read as YAML, which it is a subset of) and
 * checks it. Every problem names the file, the path in the model and the line and column.
 */
export function parseClusterText(text: string, file: string): LoadResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e): FileProblem => {
      const at = lines.linePos(e.pos[0]);
      return {
        file,
        path: '',
        line: at.line,
        column: at.col,
        code: `yaml/${e.code}`,
        severity: 'error',
        message: `invalid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`,
      };
    });
    return { ok: false, file, errors, warnings: [] };
  }
  const locate = (p: Problem): FileProblem => {
    const node = nodeAt(doc.contents, p.path);
    if (!node?.range) return { ...p, file };
    const at = lines.linePos(node.range[0]);
    return { ...p, file, line: at.line, column: at.col };
  };
  const result = parseCluster(doc.toJS({ maxAliasCount: 1000 }));
  return result.ok
    ? { ok: true, file, cluster: result.cluster, warnings: result.warnings.map(locate) }
    : { ok: false, file, errors: result.errors.map(locate), warnings: result.warnings.map(locate) };
}

/** Follows a model path such as `nodes[2].pods[0]` into the YAML tree as far as it exists. */
function nodeAt(root: unknown, path: string): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  const parts = path.match(/[^.[\]"]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\]/g) ?? [];
  for (const raw of parts) {
    const key = raw.startsWith('[') ? (/^\[\d+\]$/.test(raw) ? Number(raw.slice(1, -1)) : JSON.parse(raw.slice(1, -1))) : raw;
    let next: unknown;
    if (isSeq(node) && typeof key === 'number') next = node.items[key];
    else if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      next = key === 'kind' || typeof pair?.value !== 'object' ? (pair?.value ?? pair?.key) : pair.value;
    }
    if (next === undefined || next === null) break;
    node = next as YamlNode;
  }
  return node;
}
