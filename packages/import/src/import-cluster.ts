import { createImporter } from './create-importer.js';
import type { ImportInput, ImportOptions, ImportResult } from './types.js';

/**
 * Turns kubectl output or manifests into a model: what `kubectl get nodes,pods -A -o json|yaml`
 * prints, `List`s and typed lists, `kubectl get all`, `kubectl cluster-info dump`, multi-document
 * manifests and `helm template` output. Give one text, or several named inputs read as one cluster.
 */
export function importCluster(input: string | ImportInput | readonly ImportInput[], options: ImportOptions = {}): ImportResult {
  const inputs = typeof input === 'string' ? [{ file: '<input>', text: input }] : 'text' in input ? [input] : input;
  const importer = createImporter(options);
  for (const { file, text } of inputs) {
    const sink = importer.open(file);
    sink.write(text);
    sink.end();
  }
  return importer.finish();
}
