// The one place where pasted or dropped kubectl output becomes a model, through the same importer
// as "kubegram import" (so the same notes of what was left out), speaking a small interface the
// page depends on.
import { importCluster } from '@kubegram/import';
import { parseCluster, type ClusterSpec } from '@kubegram/model';
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
      const result = importCluster({ file, text }, { id: 'cluster' });
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
