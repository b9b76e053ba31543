import { formatForPath, formats } from '@kubegram/diagram';
import { elementsOf, VIEW_NAMES } from '@kubegram/model';
import { list, oneOf, parseCommandArgs } from '../_args.js';
import { CliError, usageError } from '../_errors.js';
import { defineCommand } from '../_define-command.js';
import { writeOutput, writeStream } from '../_io.js';
import { loadModelArg } from '../_load-model.js';
import { fitOption, GROUP_NODES_DEFAULT, pictureOptions, PICTURE_OPTIONS, withOptionalThreshold } from '../_picture-args.js';
import { EXIT } from '../types.js';

const THEMES = ['light', 'dark', 'auto'] as const;
const FORMAT_NAMES = formats.map((f) => f.name);
const orList = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`);

/** `kubegram render`: one view of a model in any output format, to a file or standard output. */
export const render = defineCommand({
  name: 'render',
  help: `Usage: kubegram render <model> [options]

Draw one view of a cluster model. Writes to standard output unless -o is given, so it pipes:

  kubegram render cluster.yaml --view worker > worker.svg
  kubectl get nodes,pods -A -o json | kubegram import - | kubegram render - -o cluster.png

Arguments:
  <model>                a .ts/.js module (default export or "cluster"), a .yaml/.json model,
                         or - for a YAML/JSON model on standard input

Options:
      --preset <name>    draw a built-in model instead: course, haCloud or local
      --view <view>      ${VIEW_NAMES[0]} (default), ${VIEW_NAMES.slice(1, 5).join(', ')},
                         ${VIEW_NAMES.slice(5).join(', ')}
  -f, --format <fmt>     ${orList(FORMAT_NAMES)} (default: from the -o extension, else ${FORMAT_NAMES[0]})
  -t, --theme <theme>    light (default), dark, or auto: SVG colours that follow the page's
                         light or dark scheme (SVG only; Mermaid takes light)
      --highlight <ids>  comma-separated element ids to emphasise; the rest is dimmed
      --node <id>        the node a control-plane or worker view shows
      --scale <n>        PNG pixels per SVG unit (default 2)
      --fit <w>[x<h>]    lay the picture out for a frame of this many pixels (for example 1200
                         or 1200x675), folding detail so labels stay readable in it
  -o, --output <file>    write here instead of standard output (- for standard output): a file
                         is replaced atomically (through a link, the file it points to), a
                         device or named pipe written through; never the model itself
  -h, --help             show this help

Large, real clusters:
      --namespace <ns>   draw only this namespace (repeatable, or comma-separated)
      --exclude-namespace <ns>
                         leave this namespace out (repeatable, or comma-separated)
      --show-system      draw the system namespaces' pods (kube-system, kube-*, ...) one by one;
                         by default they fold into one pod per node, unless named by --namespace
      --collapse-pods    draw the replicas of a workload on one node once, as "web ×3"
      --expand <ids>     with --collapse-pods: comma-separated workloads to keep apart
      --group-nodes [n]  draw each node pool (pool label, else instance type and role) with
                         more than n nodes (default ${GROUP_NODES_DEFAULT}) as one node, "pool ×N"
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('render', withOptionalThreshold(args), {
      ...PICTURE_OPTIONS,
      fit: { type: 'string' },
      preset: { type: 'string' },
      view: { type: 'string' },
      format: { type: 'string', short: 'f' },
      theme: { type: 'string', short: 't' },
      highlight: { type: 'string' },
      node: { type: 'string' },
      scale: { type: 'string' },
      output: { type: 'string', short: 'o' },
    }, { min: 0, max: 1, names: '<model>' });
    const view = oneOf('render', 'view', values.view ?? 'overview', VIEW_NAMES);
    const theme = oneOf('render', 'theme', values.theme ?? 'light', THEMES);
    const inferred = values.output === undefined ? undefined : formatForPath(values.output)?.name;
    const formatName = oneOf('render', 'format', values.format ?? inferred ?? FORMAT_NAMES[0]!, FORMAT_NAMES);
    const format = formats.find((f) => f.name === formatName)!;
    const scale = values.scale === undefined ? 2 : Number(values.scale);
    if (!(scale > 0 && scale <= 16)) throw usageError('render', `--scale must be a number above 0 and at most 16, got "${values.scale}"`);
    const picture = pictureOptions('render', values);
    const fit = fitOption('render', values.fit);
    // A picture's pixels hold one set of colours; only a stylesheet can follow the page.
    if (theme === 'auto' && format.name === 'png') throw usageError('render', `--theme auto needs a format with a stylesheet, such as svg; a PNG is drawn in fixed colours: give --theme light or --theme dark`);
    if (format.binary && (values.output === undefined || values.output === '-') && ctx.stdout.isTTY) {
      throw usageError('render', `refusing to write ${format.label} bytes to a terminal: give -o file${format.extensions[0]} or pipe the output`);
    }

    const model = await loadModelArg('render', positionals[0], values.preset, ctx);
    if (!model.ok) {
      const { formatProblem } = await import('../_problems.js');
      const lines = model.errors.map((e) => formatProblem(e, model.file));
      throw new CliError(`${model.file} is not a valid model:\n${lines.join('\n')}`, EXIT.failed);
    }
    const { cluster } = model;
    if (model.warnings.length > 0) {
      const { formatProblem } = await import('../_problems.js');
      await writeStream(ctx.stderr, `${model.warnings.map((w) => formatProblem(w, model.file)).join('\n')}\n`);
    }
    const highlight = list(values.highlight);
    const ids = new Set<string>();
    if (highlight.length > 0) {
      for (const e of elementsOf(cluster)) ids.add(e.id);
    }
    const unknown = highlight.find((id) => !ids.has(id));
    if (unknown !== undefined) throw usageError('render', `--highlight: ${model.file} has no element "${unknown}"; ids look like "${cluster.nodes[0]?.components[0]?.id ?? cluster.id}"`);
    if (values.node !== undefined && !cluster.nodes.some((n) => n.id === values.node)) {
      throw usageError('render', `--node: ${model.file} has no node "${values.node}"; expected one of ${cluster.nodes.map((n) => n.id).join(', ')}`);
    }
    const options = { view, theme, highlight, ...picture, ...(fit === undefined ? {} : { fit }), ...(values.node === undefined ? {} : { node: values.node }) };

    const output = (await format.load())(cluster, { ...options, scale });
    await writeOutput(values.output, output, ctx, model.dependencies);
    return EXIT.ok;
  },
});
