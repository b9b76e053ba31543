// The one place where pasted or dropped kubectl output becomes a model. It speaks a small
// interface so the importer behind it can change without touching the page: today it is the
// command line's own importer (the same notes of what was left out as "kubegram import").
import { parseCluster, type ClusterSpec } from '@kubegram/model';
import { importCluster } from '../../../../packages/cli/src/import/import-cluster.ts';
import { readKubeObjects } from '../../../../packages/cli/src/import/read-kube-objects.ts';
import { isKubernetesText } from './is-kubernetes-text.ts';

/** A problem with pasted or dropped text, at its line and column when known. */
export interface ImportProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** What importing gives: a model spec and notes on what was left out, or the problems found. */
export type ImportResult = { ok: true; spec: ClusterSpec; notes: string[] } | { ok: false; problems: ImportProblem[] };

/**
 * Turns `kubectl get nodes,pods -A -o json` (or `-o yaml`) output, or manifests, into a checked
 * model spec with notes of what was left out. Never throws: any other text comes back as a problem.
 */
export function importText(text: string, file = 'pasted text'): ImportResult {
  try {
    if (isKubernetesText(text)) {
      const read = readKubeObjects(text, file);
      const result = read.ok ? importCluster(read.objects, { id: 'cluster', file }) : { ok: false as const, errors: read.errors };
      if (!result.ok) return { ok: false, problems: result.errors.map(({ path, message, line, column }) => ({ path, message, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) })) };
      const checked = parseCluster(result.spec);
      if (!checked.ok) return { ok: false, problems: checked.errors.map(({ path, message }) => ({ path, message: `the imported model is invalid: ${message}` })) };
      return { ok: true, spec: result.spec, notes: result.notes };
    }
    return { ok: false, problems: [{ path: '', message: `${file} is not kubectl output or a manifest: expected what "kubectl get nodes,pods -A -o json" prints, starting with "apiVersion" and "kind"` }] };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, problems: [{ path: '', message: `could not read the text: ${message}; expected "kubectl get nodes,pods -A -o json" output, a manifest, or a cluster model such as "id: demo"` }] };
  }
}
