import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CheckCourseResult, CourseProblem } from '@kubegram/content/fs';
import { oneOf, parseCommandArgs } from '../_args.js';
import { defineCommand } from '../_define-command.js';
import { inputError } from '../_errors.js';
import { describeFsError, displayPath, writeStream } from '../_io.js';
import { formatProblem, plural } from '../_problems.js';
import { EXIT, type CommandContext } from '../types.js';

const FORMATS = ['text', 'json'] as const;
const THEMES = ['light', 'dark'] as const;

/** `kubegram check`: every problem of a course's lessons, models and committed pictures, for CI. */
export const check = defineCommand({
  name: 'check',
  help: `Usage: kubegram check [dir] [options]

Check a course in one run and print every problem as file:line:column, what is wrong, what was
expected and an example: lesson frontmatter, diagram references (model, view, and the ids that
highlight=, tour= and node= name), models (each problem in the model file, YAML and JSON models
in <dir>/models too), and committed pictures that are missing or no longer match their model.
Writes nothing. Exits 1 when there is an error; warnings (a folder without lessons) do not fail.

Arguments:
  [dir]                  the course folder: <dir>/<module>/<lesson>.md (default: the current folder)

Options:
      --format <format>  text (default) or json: one object with ok, counts and every problem
  -t, --theme <theme>    the theme the pictures are drawn in: light (default) or dark
  -q, --quiet            print problems only, no summary line
  -h, --help             show this help
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('check', args, {
      format: { type: 'string' },
      theme: { type: 'string', short: 't' },
      quiet: { type: 'boolean', short: 'q' },
    }, { min: 0, max: 1, names: '[dir]' });
    const format = oneOf('check', 'format', values.format ?? 'text', FORMATS);
    const theme = oneOf('check', 'theme', values.theme ?? 'light', THEMES);
    const arg = positionals[0] ?? '.';
    const dir = resolve(ctx.cwd, arg);
    try {
      if (!(await stat(dir)).isDirectory()) throw inputError(`${arg}: expected a course folder, got a file`);
    } catch (cause) {
      if ((cause as Error).name === 'CliError') throw cause;
      throw inputError(`${arg}: ${describeFsError(cause)}`);
    }
    const regenerate = ['kubegram diagrams', arg === '.' ? '' : arg, values.theme ? `--theme ${theme}` : ''].filter((s) => s !== '').join(' ');
    const { checkCourse } = await import('@kubegram/content/fs');
    const result = await checkCourse({ dir, theme, regenerate });
    if (format === 'json') await writeStream(ctx.stdout, `${JSON.stringify(toJson(result, ctx), null, 2)}\n`);
    else await printText(result, ctx, values.quiet === true, arg);
    return result.ok ? EXIT.ok : EXIT.failed;
  },
});

const show = (path: string, ctx: CommandContext) => (path.startsWith('preset:') ? path : displayPath(path, ctx.cwd));

function toJson(result: CheckCourseResult, ctx: CommandContext) {
  const problems = result.problems.map(({ usedBy, ...p }) => ({
    ...p,
    file: show(p.file, ctx),
    ...(usedBy === undefined ? {} : { usedBy: { ...usedBy, lesson: show(usedBy.lesson, ctx) } }),
  }));
  return { ok: result.ok, lessons: result.lessons, models: result.models, pictures: result.diagrams.targets, problems };
}

async function printText(result: CheckCourseResult, ctx: CommandContext, quiet: boolean, arg: string): Promise<void> {
  const lines = result.problems.map((p: CourseProblem) => {
    const line = formatProblem({ ...p, file: show(p.file, ctx) });
    // A model's problem ends with the reference that drew from it.
    return p.usedBy === undefined ? line : `${line}\n  (the model of ${p.usedBy.src} at ${show(p.usedBy.lesson, ctx)}:${p.usedBy.line})`;
  });
  if (lines.length > 0) await writeStream(ctx.stdout, `${lines.join('\n')}\n`);
  if (quiet) return;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const counts = `${plural(result.lessons, 'lesson')}, ${plural(result.models, 'model')}, ${plural(result.diagrams.targets, 'picture')}`;
  await writeStream(ctx.stderr, `${arg}: ${counts} checked: ${plural(errors, 'error')}, ${plural(result.problems.length - errors, 'warning')}\n`);
}
