import { basename, extname, resolve } from 'node:path';
import { parseCluster } from '@kubegram/model';
import { stringify } from 'yaml';
import { list, parseCommandArgs } from '../_args.js';
import { CliError, inputError } from '../_errors.js';
import { defineCommand } from '../_define-command.js';
import { writeOutput, writeStream } from '../_io.js';
import { formatProblem, plural } from '../_problems.js';
import { EXIT } from '../types.js';

/** `kubegram import`: kubectl output, manifests or a support bundle to a model (YAML, or JSON for a `.json` output). */
export const importCommand = defineCommand({
  name: 'import',
  help: `Usage: kubegram import <file|folder|->... [options]

Turn a real cluster into a model (YAML, or JSON with -o <file>.json), ready for
"kubegram render". Reads what "kubectl get nodes,pods -A -o json" (or -o yaml) prints,
List and typed lists, "kubectl get all -A -o yaml", "kubectl cluster-info dump",
multi-document manifests, "helm template" output, and folders of such files (support
bundles), recursively.

  kubectl get nodes,pods -A -o json | kubegram import - -o cluster.yaml
  kubectl get nodes,pods -A -o json | kubegram import - -o cluster.json
  helm template my-release ./chart | kubegram import -
  kubegram import ./support-bundle/cluster-resources -o cluster.yaml
  kubegram render cluster.yaml -o cluster.svg

Node roles come from node-role.kubernetes.io labels and the control-plane static pods,
capacity from status.capacity, pods from spec.nodeName, workloads from owner references.
Notes on standard error list what was left out: objects the model has no place for yet
(ConfigMaps, Secrets, RBAC, volumes, network policies, ...), pods not scheduled to a node,
and ingress routes to services missing from the input. A model of thousands of nodes reads
back several times faster as JSON.

Arguments:
  <file|folder|->      kubectl JSON or YAML output, a folder of it, or - for standard input

Options:
  -o, --output <file>  write the model here instead of standard output (- for standard output),
                       never over one of its inputs; a name ending in .json gets JSON
      --id <id>        id of the cluster in the model (default: from the first file name)
      --label <text>   label of the cluster in diagrams
      --namespace <ns> keep only the pods, workloads, services and ingresses of this namespace
                       (repeatable, or comma-separated); nodes and the control plane stay
      --exclude-namespace <ns>
                       leave this namespace's objects out (repeatable, or comma-separated)
  -q, --quiet          do not print notes about what was left out
  -h, --help           show this help
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('import', args, {
      output: { type: 'string', short: 'o' },
      id: { type: 'string' },
      label: { type: 'string' },
      namespace: { type: 'string', multiple: true },
      'exclude-namespace': { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
    }, { min: 1, max: Number.POSITIVE_INFINITY, names: '<file|folder|->: kubectl output such as "kubectl get nodes,pods -A -o json", a folder of it, or - for standard input' });
    const first = positionals[0]!;
    const id = values.id ?? (first === '-' ? 'cluster' : toId(basename(first, extname(first))));
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) throw inputError(`--id must be lower-case letters, digits, ".", "_" or "-" (for example "prod"), got "${id}"`);
    const { importFiles } = await import('@kubegram/import/node');
    const inputs = positionals.map((p) => (p === '-' ? { file: '<stdin>', stream: ctx.stdin } : p));
    const namespaces = (values.namespace ?? []).flatMap((v) => list(v));
    const excludeNamespaces = (values['exclude-namespace'] ?? []).flatMap((v) => list(v));
    const result = await importFiles(inputs, { id, cwd: ctx.cwd, namespaces, excludeNamespaces, ...(values.label === undefined ? {} : { label: values.label }) });
    const notes = values.quiet ? [] : result.notes.map((n) => `note: ${n}`);
    if (!result.ok) {
      if (notes.length > 0) await writeStream(ctx.stderr, `${notes.join('\n')}\n`);
      throw new CliError(result.errors.map((e) => formatProblem(e, first === '-' ? '<stdin>' : first)).join('\n'), EXIT.usage);
    }

    // The model is checked before it is written: what import writes, render must accept.
    const checked = parseCluster(result.spec);
    if (!checked.ok) throw new Error(`${first === '-' ? '<stdin>' : first}: the model imported from it is invalid, which is a bug in import: ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    const source = first === '-' ? 'kubectl output' : positionals.map((p) => basename(p)).join(', ');
    const toFile = values.output !== undefined && values.output !== '-';
    // JSON has no comments, so a JSON model goes without the line that says where it came from.
    const text = toFile && /\.json$/i.test(values.output!)
      ? `${JSON.stringify(result.spec, null, 2)}\n`
      : `# A model of a real cluster, made by "kubegram import" from ${source}.\n${stringify(result.spec, { lineWidth: 0 })}`;
    await writeOutput(values.output, text, ctx, positionals.filter((p) => p !== '-').map((p) => resolve(ctx.cwd, p)));
    if (!values.quiet) {
      const pods = checked.cluster.nodes.reduce((n, node) => n + node.pods.length, 0);
      const lines = [...notes, `imported ${plural(checked.cluster.nodes.length, 'node')} and ${plural(pods, 'pod')}${toFile ? ` into ${values.output}` : ''}`];
      await writeStream(ctx.stderr, `${lines.join('\n')}\n`);
    }
    return EXIT.ok;
  },
});

// A file name as a model id: the id alphabet is nearly Kubernetes' own.
function toId(name: string): string {
  const id = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return id === '' ? 'cluster' : id.slice(0, 253);
}
