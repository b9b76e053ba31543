import { basename, extname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { parseCommandArgs } from '../_args.js';
import { CliError, inputError } from '../_errors.js';
import { defineCommand } from '../_define-command.js';
import { readInput, writeOutput, writeStream } from '../_io.js';
import { formatProblem, plural } from '../_problems.js';
import { importCluster } from '../import/import-cluster.js';
import { readKubeObjects } from '../import/read-kube-objects.js';
import { toId } from '../import/_node-info.js';
import { EXIT } from '../types.js';

/** `kubegram import`: kubectl output or manifests to a model YAML. */
export const importCommand = defineCommand({
  name: 'import',
  help: `Usage: kubegram import <file> [options]

Turn the nodes and pods of a real cluster into a model YAML, ready for "kubegram render".
Reads what "kubectl get nodes,pods -A -o json" (or -o yaml) prints, or multi-document manifests.

  kubectl get nodes,pods -A -o json | kubegram import - -o cluster.yaml
  kubegram render cluster.yaml -o cluster.svg

Node roles come from the node-role.kubernetes.io/control-plane label, capacity from
status.capacity, kubelet and runtime versions from status.nodeInfo, pods from spec.nodeName.
kube-system's static control-plane pods and kube-proxy become node components.

Arguments:
  <file>               kubectl JSON or YAML output, or - for standard input

Options:
  -o, --output <file>  write the model here instead of standard output (- for standard output),
                       never over <file> itself
      --id <id>        id of the cluster in the model (default: from the file name)
      --label <text>   label of the cluster in diagrams
  -q, --quiet          do not print notes about what was left out
  -h, --help           show this help
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('import', args, {
      output: { type: 'string', short: 'o' },
      id: { type: 'string' },
      label: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    }, { min: 1, max: 1, names: '<file>: kubectl output such as "kubectl get nodes,pods -A -o json", or - for standard input' });
    const arg = positionals[0]!;
    const { text, file } = await readInput(arg, ctx);
    const id = values.id ?? (arg === '-' ? 'cluster' : toId(basename(arg, extname(arg))));
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(id)) throw inputError(`--id must be lower-case letters, digits, ".", "_" or "-" (for example "prod"), got "${id}"`);
    const read = readKubeObjects(text, file);
    const result = read.ok ? importCluster(read.objects, { id, file, ...(values.label === undefined ? {} : { label: values.label }) }) : read;
    if (!result.ok) throw new CliError(result.errors.map((e) => formatProblem(e, file)).join('\n'), EXIT.usage);

    // The model is checked before it is written: what import writes, render must accept.
    const { parseCluster } = await import('@kubegram/model');
    const checked = parseCluster(result.spec);
    if (!checked.ok) throw new Error(`${file}: the model imported from it is invalid: ${checked.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    const yaml = `# A model of a real cluster, made by "kubegram import" from ${file === '<stdin>' ? 'kubectl output' : basename(file)}.\n${stringify(result.spec, { lineWidth: 0 })}`;
    const toFile = values.output !== undefined && values.output !== '-';
    await writeOutput(values.output, yaml, ctx, arg === '-' ? [] : [resolve(ctx.cwd, arg)]);
    if (!values.quiet) {
      const pods = checked.cluster.nodes.reduce((n, node) => n + node.pods.length, 0);
      const lines = [...result.notes.map((n) => `note: ${n}`), `imported ${plural(checked.cluster.nodes.length, 'node')} and ${plural(pods, 'pod')}${toFile ? ` into ${values.output}` : ''}`];
      await writeStream(ctx.stderr, `${lines.join('\n')}\n`);
    }
    return EXIT.ok;
  },
});
