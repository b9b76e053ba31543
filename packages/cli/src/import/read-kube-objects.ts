import { isMap, LineCounter, parseAllDocuments } from 'yaml';
import { yamlToValue } from '@kubegram/model/load';
import type { LocatedProblem } from '../_problems.js';

/** One Kubernetes object from the input, with where it sits there (`items[3]`, `document 2`). */
export interface KubeInputObject {
  value: Record<string, unknown>;
  /** The path of the object in the input, prefixed to every problem found in it. */
  path: string;
}

/** The objects of a kubectl output or manifest file, or every syntax problem found. */
export type ReadKubeResult = { ok: true; objects: KubeInputObject[] } | { ok: false; errors: LocatedProblem[] };

/**
 * Reads what `kubectl get -o json` or `-o yaml` prints (a `List`, or one object) or a
 * multi-document manifest (`---` between objects), and flattens lists into their items.
 */
export function readKubeObjects(text: string, file: string): ReadKubeResult {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const errors: LocatedProblem[] = list.flatMap((doc) =>
    doc.errors.map((e) => {
      const at = lines.linePos(e.pos[0]);
      return { file, line: at.line, column: at.col, path: '', severity: 'error' as const, message: `invalid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}` };
    }),
  );
  if (errors.length > 0) return { ok: false, errors };
  const objects: KubeInputObject[] = [];
  list.forEach((doc, d) => {
    if (doc.contents === null) return;
    const prefix = list.length > 1 ? `document ${d + 1}: ` : '';
    if (!isMap(doc.contents)) {
      errors.push({ file, path: prefix.replace(/: $/, ''), severity: 'error', message: 'expected a Kubernetes object (apiVersion, kind, metadata) or a List of them' });
      return;
    }
    const built = yamlToValue(doc, lines);
    if (!built.ok) {
      errors.push(...built.problems.map((p) => ({ ...p, file, path: prefix.replace(/: $/, '') })));
      return;
    }
    const value = built.value as Record<string, unknown>;
    const isList = value.kind === 'List' || (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items));
    if (!isList) {
      objects.push({ value, path: prefix.replace(/: $/, '') });
      return;
    }
    if (!Array.isArray(value.items)) {
      errors.push({ file, path: `${prefix}items`, severity: 'error', message: 'expected the array of objects of a List' });
      return;
    }
    value.items.forEach((item: unknown, i: number) => {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) objects.push({ value: item as Record<string, unknown>, path: `${prefix}items[${i}]` });
      else errors.push({ file, path: `${prefix}items[${i}]`, severity: 'error', message: 'expected a Kubernetes object (apiVersion, kind, metadata)' });
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, objects };
}
