import { Tally } from './_tally.js';
import { buildSpec } from './_build.js';
import { createCollector } from './_collect.js';
import { createTextReader } from './_read-text.js';
import { filterSpecNamespaces } from './_filter-namespaces.js';
import type { Importer, ImportOptions, ImportResult } from './types.js';

const DEFAULTS = { id: 'cluster' };
const MAX_ERRORS = 50;

/**
 * Gathers Kubernetes objects from any number of inputs, each written in chunks of any size, into
 * one model. JSON is read item by item as it arrives, and each object is reduced to the few fields
 * the model uses at once, so a cluster of thousands of nodes fits in little memory.
 */
export function createImporter(options: ImportOptions = {}): Importer {
  const opts = { ...DEFAULTS, ...options };
  const sink = createCollector();
  const { collected } = sink;
  const files: string[] = [];
  return {
    open(file, { skipBroken = false } = {}) {
      files.push(file);
      if (!skipBroken) return createTextReader(file, sink);
      let skipped = false;
      return createTextReader(file, {
        ...sink,
        problem(p) {
          if (!skipped) collected.notes.push(`skipped the rest of ${p.file}${p.line === undefined ? '' : `:${p.line}${p.column === undefined ? '' : `:${p.column}`}`}: ${p.message}`);
          skipped = true;
        },
      });
    },
    add: (value, file = '<objects>') => sink.object(value, { file, path: '' }),
    finish(): ImportResult {
      const notes = [...collected.notes];
      if (collected.problems.length > 0) {
        const errors = collected.problems.slice(0, MAX_ERRORS);
        if (collected.problems.length > MAX_ERRORS) notes.push(`${collected.problems.length - MAX_ERRORS} more problem(s) not shown`);
        return { ok: false, errors, notes };
      }
      if (collected.nodes.length === 0 && collected.pods.length === 0 && collected.workloads.length === 0) {
        const read = new Tally();
        for (const o of collected.services) read.add('Service', `${o.namespace}/${o.name}`);
        for (const o of collected.ingresses) read.add('Ingress', `${o.namespace}/${o.name}`);
        for (const name of collected.namespaces) read.add('Namespace', name);
        const only = [read, collected.leftOut].filter((t) => t.size > 0).map((t) => t.describe());
        const found = only.length > 0 ? ` (found only ${only.join(', ')})` : collected.unknown.size > 0 ? ` (found only objects whose kind nothing tells: ${collected.unknown.describe()})` : '';
        return {
          ok: false,
          notes,
          errors: [
            {
              file: files.length === 1 ? files[0]! : files.length === 0 ? '<objects>' : `${files[0]} and ${files.length - 1} more`,
              path: '',
              severity: 'error',
              message: `expected Nodes, Pods or workloads (Deployments, StatefulSets, DaemonSets, Jobs)${found}: export them with "kubectl get nodes,pods -A -o json"`,
            },
          ],
        };
      }
      const built = buildSpec(collected, { id: opts.id, label: opts.label });
      const spec = filterSpecNamespaces(built.spec, options.namespaces ?? [], options.excludeNamespaces ?? [], built.notes);
      return { ok: true, spec, notes: [...notes, ...built.notes] };
    },
  };
}
