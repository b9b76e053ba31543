import { parseCommandArgs } from '../_args.js';
import { defineCommand } from '../_define-command.js';
import { writeStream } from '../_io.js';
import { loadModelArg } from '../_load-model.js';
import { formatProblem, plural } from '../_problems.js';
import { EXIT } from '../types.js';

/** `kubegram validate`: every problem of a model with its place, exit 1 if there is an error. */
export const validate = defineCommand({
  name: 'validate',
  help: `Usage: kubegram validate <model> [options]

Check a cluster model and print every problem with the file, line, column and path inside the
model. Exits 1 when the model has errors; warnings alone do not fail.

Arguments:
  <model>              a .ts/.js module, a .yaml/.json file, or - for YAML/JSON on stdin

Options:
      --preset <name>  check a built-in model instead: course, haCloud or local
  -q, --quiet          print problems only, no summary line
  -h, --help           show this help
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('validate', args, {
      preset: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    }, { min: 0, max: 1, names: '<model>' });
    const result = await loadModelArg('validate', positionals[0], values.preset, ctx);
    const errors = result.ok ? [] : result.errors;
    const lines = [...errors, ...result.warnings].map((p) => formatProblem(p, result.file));
    if (lines.length > 0) await writeStream(ctx.stdout, `${lines.join('\n')}\n`);
    if (!values.quiet) {
      const summary = result.ok
        ? `${result.file}: valid (${plural(result.cluster.nodes.length, 'node')}, ${plural(result.cluster.nodes.reduce((n, node) => n + node.pods.length, 0), 'pod')}${result.warnings.length > 0 ? `, ${plural(result.warnings.length, 'warning')}` : ''})`
        : `${result.file}: ${plural(errors.length, 'error')}${result.warnings.length > 0 ? `, ${plural(result.warnings.length, 'warning')}` : ''}`;
      await writeStream(ctx.stderr, `${summary}\n`);
    }
    return result.ok ? EXIT.ok : EXIT.failed;
  },
});
