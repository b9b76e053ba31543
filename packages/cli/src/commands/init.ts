import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parseCommandArgs } from '../_args.js';
import { defineCommand } from '../_define-command.js';
import { CliError } from '../_errors.js';
import { describeFsError, displayPath, writeStream } from '../_io.js';
import { plural } from '../_problems.js';
import { EXIT } from '../types.js';

/** `kubegram init`: a starter course that passes `kubegram check` as it is. */
export const init = defineCommand({
  name: 'init',
  help: `Usage: kubegram init [dir] [options]

Start a course in <dir>: one lesson with a diagram reference (intro/first-lesson.md), its model
(models/cluster.yaml) and its picture, package.json with the check, diagrams and build scripts,
a .gitignore, and a GitHub Actions workflow that runs "kubegram check". It passes
"kubegram check" as it is. No existing file is ever replaced.

Arguments:
  [dir]          the folder to start the course in, created when missing (default: the current folder)

Options:
  -f, --force    add the starter files to a folder that is not empty, keeping every file there
  -q, --quiet    print nothing but problems
  -h, --help     show this help
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('init', args, {
      force: { type: 'boolean', short: 'f' },
      quiet: { type: 'boolean', short: 'q' },
    }, { min: 0, max: 1, names: '[dir]' });
    const arg = positionals[0] ?? '.';
    const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
    const { initCourse } = await import('@kubegram/content/fs');
    let result;
    try {
      result = await initCourse({ dir: resolve(ctx.cwd, arg), force: values.force === true, kubegramVersion: `^${version}` });
    } catch (cause) {
      const path = (cause as NodeJS.ErrnoException).path;
      throw new CliError(`${path === undefined ? arg : displayPath(path, ctx.cwd)}: could not write the course: ${describeFsError(cause)}`, EXIT.usage);
    }
    if (!result.ok && result.reason === 'not-a-folder') throw new CliError(`${arg}: expected a folder for the course, got a file`, EXIT.usage);
    if (!result.ok) {
      const shown = result.entries.slice(0, 3).join(', ') + (result.entries.length > 3 ? ', …' : '');
      throw new CliError(`${arg}: the folder is not empty (${shown}): expected a new or empty folder, such as "kubegram init my-course"; --force adds the starter beside what is there, replacing no file`, EXIT.usage);
    }
    if (values.quiet) return EXIT.ok;
    const lines = [...result.written.map((f) => `wrote ${displayPath(f, ctx.cwd)}`), ...result.kept.map((f) => `kept  ${displayPath(f, ctx.cwd)} (it exists)`)];
    const cd = arg === '.' ? '' : `cd ${arg} && `;
    const next = result.kept.length > 0 ? `${cd}npx kubegram diagrams && npx kubegram check` : `${cd}npm install && npm run check`;
    await writeStream(ctx.stderr, `${lines.join('\n')}\n${plural(result.written.length, 'file')} written. Next: ${next}\n`);
    return EXIT.ok;
  },
});
