import { writeSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DiagramsOptions, DiagramsResult } from '@kubegram/content/fs';
import { formatNamed } from '@kubegram/diagram';
import { oneOf, parseCommandArgs } from '../_args.js';
import { inputError, usageError } from '../_errors.js';
import { defineCommand } from '../_define-command.js';
import { interrupts } from '../_interrupt.js';
import { describeFsError, displayPath, writeStream } from '../_io.js';
import { formatProblem, plural } from '../_problems.js';
import { EXIT, type CommandContext } from '../types.js';

const THEMES = ['light', 'dark'] as const;
const SVG = formatNamed('svg');
const MERMAID = formatNamed('mermaid');

/** `kubegram diagrams`: regenerate, check or watch every diagram the content references. */
export const diagrams = defineCommand({
  name: 'diagrams',
  help: `Usage: kubegram diagrams [dir] [options]

Find every diagram the Markdown under <dir> references and write its ${SVG.label} where the image path
points (relative to the lesson), so the Markdown shows the picture anywhere. A reference is an
image whose title starts with "kubegram:":

  ![A worker node](diagrams/worker.svg "kubegram: ../models/course.ts#worker highlight=worker-1-kubelet")

Unchanged files are not rewritten; every write is atomic.

Arguments:
  [dir]                  the folder to search for Markdown (default: the current folder)

Options:
      --check            write nothing; exit 1 listing every stale or missing file (for CI)
  -w, --watch            regenerate what a change to a lesson or a model affects, until Ctrl-C
      --mermaid          also write a ${MERMAID.extensions[0]} ${MERMAID.label} file beside each ${SVG.label}
      --out-dir <dir>    write into this folder, mirroring <dir>, instead of next to the lessons
  -t, --theme <theme>    light (default) or dark
  -q, --quiet            print only problems
  -h, --help             show this help
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('diagrams', args, {
      check: { type: 'boolean' },
      watch: { type: 'boolean', short: 'w' },
      mermaid: { type: 'boolean' },
      'out-dir': { type: 'string' },
      theme: { type: 'string', short: 't' },
      quiet: { type: 'boolean', short: 'q' },
    }, { min: 0, max: 1, names: '[dir]' });
    if (values.check && values.watch) throw usageError('diagrams', '--check and --watch do not go together: --check writes nothing');
    const arg = positionals[0] ?? '.';
    const dir = resolve(ctx.cwd, arg);
    try {
      if (!(await stat(dir)).isDirectory()) throw inputError(`${arg}: expected a folder of Markdown lessons, got a file`);
    } catch (cause) {
      if ((cause as Error).name === 'CliError') throw cause;
      throw inputError(`${arg}: ${describeFsError(cause)}`);
    }
    const settings: Settings = {
      check: values.check === true,
      quiet: values.quiet === true,
      rerun: ['kubegram diagrams', arg === '.' ? '' : arg, values.mermaid ? '--mermaid' : '', values['out-dir'] ? `--out-dir ${values['out-dir']}` : '', values.theme ? `--theme ${values.theme}` : '']
        .filter((s) => s !== '')
        .join(' '),
    };
    const progress = values.quiet !== true && (values.watch === true || ctx.stderr.isTTY === true);
    const options: DiagramsOptions = {
      dir,
      mermaid: values.mermaid === true,
      theme: oneOf('diagrams', 'theme', values.theme ?? 'light', THEMES),
      ...(values['out-dir'] === undefined ? {} : { outDir: resolve(ctx.cwd, values['out-dir']) }),
      onTemp: interrupts.track,
      ...(progress ? { onWritten: (path: string) => writeStream(ctx.stderr, `wrote ${displayPath(path, ctx.cwd)}\n`) } : {}),
    };
    const unguard = guardEarlyExit();
    try {
      if (values.watch) return await watch(options, settings, ctx);
      const { checkDiagrams, regenerateDiagrams } = await import('@kubegram/content/fs');
      const result = settings.check ? await checkDiagrams(options) : await regenerateDiagrams(options);
      await report(result, settings, ctx, true);
      return result.ok ? EXIT.ok : EXIT.failed;
    } finally {
      unguard();
    }
  },
});

interface Settings {
  check: boolean;
  quiet: boolean;
  /** The command that regenerates what --check found stale. */
  rerun: string;
}

// A model module runs in this process and may end it (`process.exit(0)`) halfway through a run;
// the exit code must then say the run did not finish, never that every diagram is current.
function guardEarlyExit(): () => void {
  const onExit = () => {
    process.exitCode = EXIT.failed;
    writeSync(2, 'kubegram diagrams: stopped before every diagram was drawn or checked (did a model end the process?)\n');
  };
  process.on('exit', onExit);
  return () => process.off('exit', onExit);
}

/** Regenerates, then regenerates what each change affects until Ctrl-C; exit 1 if the folder goes. */
async function watch(options: DiagramsOptions, settings: Settings, ctx: CommandContext): Promise<number> {
  const { watchDiagrams } = await import('@kubegram/content/fs');
  const outcome = await watchDiagrams({
    ...options,
    signal: ctx.signal ?? new AbortController().signal,
    onRun: (result, run) => report(result, settings, ctx, run.initial),
    onReady: async () => {
      if (!settings.quiet) await writeStream(ctx.stderr, `watching ${displayPath(options.dir, ctx.cwd)} and its models for changes (Ctrl-C to stop)\n`);
    },
  });
  if (outcome.stopped === 'signal') return EXIT.ok;
  await writeStream(ctx.stderr, `${displayPath(outcome.folder, ctx.cwd)}: the folder was deleted or renamed: stopped watching; run "kubegram diagrams --watch" again in the folder\n`);
  return EXIT.failed;
}

/** Prints a run's problems, the files out of date and (for a full run, or one with problems) the summary. */
async function report(result: DiagramsResult, settings: Settings, ctx: CommandContext, full: boolean): Promise<void> {
  const show = (path: string) => (path.startsWith('preset:') ? path : displayPath(path, ctx.cwd));
  const problems: string[] = [];
  result.problems.forEach((p, i) => {
    problems.push(formatProblem({ ...p, file: show(p.file) }));
    // A model's problems end with the reference that drew from it.
    if (p.usedBy && result.problems[i + 1]?.usedBy !== p.usedBy) problems.push(`  (the model of ${p.usedBy.src} at ${show(p.usedBy.lesson)}:${p.usedBy.line})`);
  });
  if (problems.length > 0) await writeStream(ctx.stderr, `${problems.join('\n')}\n`);
  const outdated = result.outdated.map((o) => `${o.state === 'missing' ? 'missing:' : 'stale:  '} ${show(o.path)} (${show(o.lesson)}:${o.line})`);
  if (outdated.length > 0) {
    await writeStream(ctx.stderr, `${outdated.join('\n')}\n${plural(outdated.length, 'diagram file')} out of date: run "${settings.rerun}" and commit the result\n`);
  }
  if (settings.quiet || (!full && problems.length === 0)) return;
  const parts = settings.check
    ? [`${result.unchanged.length} up to date`, `${result.outdated.length} out of date`]
    : [`${result.written.length} written`, `${result.unchanged.length} unchanged`];
  if (result.failed > 0) parts.push(`${result.failed} failed`);
  await writeStream(ctx.stderr, `${plural(result.targets, 'diagram file')}${settings.check ? ' checked' : ''}: ${parts.join(', ')}\n`);
}
