import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { DiagramRef } from '@kubegram/content';
import { oneOf, parseCommandArgs } from '../_args.js';
import { inputError, usageError } from '../_errors.js';
import { defineCommand } from '../_define-command.js';
import { describeFsError, displayPath, writeFileAtomic, writeStream } from '../_io.js';
import { formatProblem, plural, type LocatedProblem } from '../_problems.js';
import { markdownFiles, refsOf } from '../diagrams/_collect.js';
import { targetsOf, type Target } from '../diagrams/_targets.js';
import { EXIT, type CommandContext } from '../types.js';

const THEMES = ['light', 'dark'] as const;

/** `kubegram diagrams`: regenerate, check or watch every diagram the content references. */
export const diagrams = defineCommand({
  name: 'diagrams',
  help: `Usage: kubegram diagrams [dir] [options]

Find every diagram the Markdown under <dir> references and write its SVG where the image path
points (relative to the lesson), so the Markdown shows the picture anywhere. A reference is an
image whose title starts with "kubegram:":

  ![A worker node](diagrams/worker.svg "kubegram: ../models/course.ts#worker highlight=worker-1-kubelet")

Unchanged files are not rewritten; every write is atomic.

Arguments:
  [dir]                  the folder to search for Markdown (default: the current folder)

Options:
      --check            write nothing; exit 1 listing every stale or missing file (for CI)
  -w, --watch            regenerate what a change to a lesson or a model affects, until Ctrl-C
      --mermaid          also write a .mmd Mermaid file beside each SVG
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
      dir,
      check: values.check === true,
      mermaid: values.mermaid === true,
      theme: oneOf('diagrams', 'theme', values.theme ?? 'light', THEMES),
      ...(values['out-dir'] === undefined ? {} : { outDir: resolve(ctx.cwd, values['out-dir']) }),
      quiet: values.quiet === true,
      progress: values.quiet !== true && (values.watch === true || ctx.stderr.isTTY === true),
      rerun: ['kubegram diagrams', arg === '.' ? '' : arg, values.mermaid ? '--mermaid' : '', values['out-dir'] ? `--out-dir ${values['out-dir']}` : '', values.theme ? `--theme ${values.theme}` : '']
        .filter((s) => s !== '')
        .join(' '),
    };
    const lessons = new Map<string, DiagramRef[]>();
    const refErrors = new Map<string, LocatedProblem[]>();
    for (const file of await markdownFiles(dir)) {
      const found = await refsOf(file);
      if (found.refs.length > 0) lessons.set(file, found.refs);
      if (found.errors.length > 0) refErrors.set(file, found.errors.map((e) => ({ ...e, severity: 'error' })));
    }
    const outcome = await generate(lessons, [...refErrors.values()].flat(), settings, ctx);
    if (values.watch) return watch(lessons, refErrors, outcome.dependencies, settings, ctx);
    return outcome.ok ? EXIT.ok : EXIT.failed;
  },
});

interface Settings {
  dir: string;
  check: boolean;
  mermaid: boolean;
  theme: (typeof THEMES)[number];
  outDir?: string;
  quiet: boolean;
  progress: boolean;
  /** The command that regenerates what --check found stale. */
  rerun: string;
}

interface Outcome {
  ok: boolean;
  /** For each model file read, the targets drawn from it. */
  dependencies: Map<string, Set<string>>;
}

/** Draws (or, with --check, compares) the targets of the given lessons, printing what happened. */
async function generate(
  lessons: ReadonlyMap<string, readonly DiagramRef[]>,
  refErrors: readonly LocatedProblem[],
  settings: Settings,
  ctx: CommandContext,
  only?: (target: Target) => boolean,
): Promise<Outcome> {
  const { loadModel } = await import('@kubegram/content/node');
  const { toMermaid, toSvg } = await import('@kubegram/diagram');
  const show = (path: string) => displayPath(path, ctx.cwd);
  const planned = targetsOf(lessons, settings);
  const problems: string[] = [...refErrors, ...planned.errors.map((e) => ({ ...e, severity: 'error' as const }))].map((p) => formatProblem({ ...p, file: show(p.file ?? '') }, ''));
  const dependencies = new Map<string, Set<string>>();
  const brokenModels = new Set<string>();
  const counts = { written: 0, unchanged: 0 };
  const outdated: string[] = [];
  const targets = only ? planned.targets.filter(only) : planned.targets;
  let failed = 0;

  for (const target of targets) {
    const { ref } = target;
    const model = await loadModel(ref);
    for (const dep of model.dependencies) {
      const set = dependencies.get(dep) ?? new Set();
      set.add(target.path);
      dependencies.set(dep, set);
    }
    const at = `${show(target.lesson)}:${ref.line}`;
    if (!model.ok) {
      failed++;
      if (!brokenModels.has(model.file)) {
        brokenModels.add(model.file);
        const file = model.file.startsWith('preset:') ? model.file : show(model.file);
        problems.push(...model.errors.map((e) => formatProblem({ ...e, file: e.file.startsWith('preset:') ? e.file : show(e.file) }, file)), `  (the model of ${ref.src} at ${at})`);
      }
      continue;
    }
    let data: string;
    try {
      const options = { view: ref.view, theme: settings.theme, highlight: ref.highlight, ...(ref.node === undefined ? {} : { node: ref.node }) };
      data = target.format === 'svg' ? toSvg(model.cluster, options) : toMermaid(model.cluster, options);
    } catch (cause) {
      failed++;
      problems.push(`${at}: error: ${ref.src}: ${(cause as Error).message}`);
      continue;
    }
    if (settings.check) {
      const current = await readFile(target.path, 'utf8').catch(() => undefined);
      if (current === undefined) outdated.push(`missing: ${show(target.path)} (${at})`);
      else if (current !== data) outdated.push(`stale:   ${show(target.path)} (${at})`);
      else counts.unchanged++;
      continue;
    }
    const outcome = await writeFileAtomic(target.path, data);
    counts[outcome]++;
    if (outcome === 'written' && settings.progress) await writeStream(ctx.stderr, `wrote ${show(target.path)}\n`);
  }

  if (problems.length > 0) await writeStream(ctx.stderr, `${problems.join('\n')}\n`);
  if (outdated.length > 0) {
    await writeStream(
      ctx.stderr,
      `${outdated.join('\n')}\n${plural(outdated.length, 'diagram file')} out of date: run "${settings.rerun}" and commit the result\n`,
    );
  }
  if (!settings.quiet && (only === undefined || problems.length > 0)) {
    const parts = settings.check
      ? [`${counts.unchanged} up to date`, `${outdated.length} out of date`]
      : [`${counts.written} written`, `${counts.unchanged} unchanged`];
    if (failed > 0) parts.push(`${failed} failed`);
    await writeStream(ctx.stderr, `${plural(targets.length, 'diagram file')}${settings.check ? ' checked' : ''}: ${parts.join(', ')}\n`);
  }
  return { ok: problems.length === 0 && outdated.length === 0, dependencies };
}

/**
 * Watches the lessons and every file the models were read from; a change regenerates only the
 * diagrams it affects. Resolves with exit 0 when the command's signal aborts (Ctrl-C).
 */
async function watch(
  lessons: Map<string, DiagramRef[]>,
  refErrors: Map<string, LocatedProblem[]>,
  initial: Map<string, Set<string>>,
  settings: Settings,
  ctx: CommandContext,
): Promise<number> {
  const { watch: watchFs } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  let dependencies = initial;
  const watchers = new Map<string, { close(): void }>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const folderWatch = (folder: string, recursive: boolean) => {
    if (watchers.has(folder)) return;
    try {
      const w = watchFs(folder, { recursive }, (_event, name) => {
        if (name === null) return;
        pending.add(join(folder, name.toString()));
        clearTimeout(timer);
        // Editors save in bursts (write, rename, chmod); one short pause catches the whole save.
        timer = setTimeout(() => {
          running = running.then(flush);
        }, 40);
      });
      watchers.set(folder, w);
    } catch {
      // A model folder that vanished is reported by the next run that needs it.
    }
  };
  const watchDependencies = () => {
    for (const dep of dependencies.keys()) {
      if (!dep.startsWith(settings.dir + '/')) folderWatch(dirname(dep), false);
    }
  };

  const flush = async () => {
    const changed = [...pending];
    pending.clear();
    const affected = new Set<string>();
    const lessonsChanged = new Set<string>();
    for (const file of changed) {
      if (file.toLowerCase().endsWith('.md') && file.startsWith(settings.dir + '/')) {
        const found = await refsOf(file);
        if (found.refs.length > 0) lessons.set(file, found.refs);
        else lessons.delete(file);
        if (found.errors.length > 0) refErrors.set(file, found.errors.map((e) => ({ ...e, severity: 'error' })));
        else refErrors.delete(file);
        lessonsChanged.add(file);
      }
      for (const target of dependencies.get(file) ?? []) affected.add(target);
    }
    if (lessonsChanged.size === 0 && affected.size === 0) return;
    const outcome = await generate(
      lessons,
      [...lessonsChanged].flatMap((f) => refErrors.get(f) ?? []),
      settings,
      ctx,
      (t) => lessonsChanged.has(t.lesson) || affected.has(t.path),
    );
    const merged = new Map(dependencies);
    for (const [dep, targets] of outcome.dependencies) merged.set(dep, new Set([...(merged.get(dep) ?? []), ...targets]));
    dependencies = merged;
    watchDependencies();
  };

  folderWatch(settings.dir, true);
  watchDependencies();
  if (!settings.quiet) await writeStream(ctx.stderr, `watching ${displayPath(settings.dir, ctx.cwd)} and its models for changes (Ctrl-C to stop)\n`);
  await new Promise<void>((done) => {
    if (ctx.signal?.aborted) return done();
    ctx.signal?.addEventListener('abort', () => done(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers.values()) w.close();
  await running;
  return EXIT.ok;
}
