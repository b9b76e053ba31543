import { readFile } from 'node:fs/promises';
import { formatNamed } from '@kubegram/diagram';
import { modelKey } from '../model-key.js';
import type { ContentError, DiagramRef } from '../types.js';
import { loadModel } from './load-model.js';
import type { LoadModelResult } from './types.js';
import { placeOf } from './_confine.js';
import { targetsOf } from './_targets.js';
import type { DiagramProblem, DiagramsOptions, DiagramsResult, DiagramTarget } from './types.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** What one run draws from: the lessons' references and the problems found in the lessons. */
export interface LessonSet {
  lessons: ReadonlyMap<string, readonly DiagramRef[]>;
  problems: readonly ContentError[];
}

/** One run's settings: the options, whether to compare instead of writing, and which targets. */
export interface DrawSettings extends DiagramsOptions {
  check: boolean;
  only?: (target: DiagramTarget) => boolean;
}

interface Run {
  settings: DrawSettings;
  result: DiagramsResult;
  models: Map<string, Promise<LoadModelResult>>;
  brokenModels: Set<string>;
}

const asProblem = (e: ContentError): DiagramProblem => ({ ...e, severity: 'error' });

/** Draws (or, with `check`, compares) every target of the lessons; one target's failure never stops the rest. */
export async function drawTargets(set: LessonSet, settings: DrawSettings): Promise<DiagramsResult> {
  const plan = targetsOf(set.lessons, { dir: settings.dir, mermaid: settings.mermaid === true, ...(settings.outDir === undefined ? {} : { outDir: settings.outDir }) });
  const targets = settings.only ? plan.targets.filter(settings.only) : plan.targets;
  const result: DiagramsResult = {
    ok: false,
    targets: targets.length,
    written: [],
    unchanged: [],
    outdated: [],
    failed: 0,
    problems: [...set.problems, ...plan.errors].map(asProblem),
    dependencies: new Map(),
  };
  const run: Run = { settings, result, models: new Map(), brokenModels: new Set() };
  let done = 0;
  for (const target of targets) {
    if (await drawTarget(target, run)) done++;
    else result.failed++;
  }
  result.ok = done === targets.length && result.problems.length === 0 && result.outdated.length === 0;
  return result;
}

// Draws one target; false when it failed (the problem is recorded).
async function drawTarget(target: DiagramTarget, run: Run): Promise<boolean> {
  const { ref, lesson } = target;
  const lessonProblem = (path: string, message: string) => run.result.problems.push({ file: lesson, line: ref.line, path, message, severity: 'error' });
  const place = await placeOf(run.settings.outDir ?? run.settings.dir, target.path);
  if (place !== 'inside') {
    const how = place === 'link' ? ' through a symbolic link' : '';
    lessonProblem('src', `${ref.src} leads outside the folder the diagrams are written to${how}: expected a path inside it, such as "diagrams/overview.svg"; nothing was written there`);
    return false;
  }
  const model = await modelOf(target, run);
  if (!model.ok) return false;
  let data: string | Uint8Array;
  try {
    const options = { view: ref.view, theme: run.settings.theme ?? 'light', highlight: ref.highlight, ...(ref.node === undefined ? {} : { node: ref.node }) };
    data = (await formatNamed(target.format).load())(model.cluster, options);
  } catch (cause) {
    lessonProblem(ref.src, (cause as Error).message);
    return false;
  }
  if (run.settings.check) return compare(target, data, run);
  try {
    const outcome = await writeFileAtomic(target.path, data, run.settings.onTemp ? { onTemp: run.settings.onTemp } : {});
    run.result[outcome].push(target.path);
    if (outcome === 'written') await run.settings.onWritten?.(target.path);
    return true;
  } catch (cause) {
    lessonProblem(ref.src, `could not write the diagram: ${(cause as Error).message}`);
    return false;
  }
}

async function compare(target: DiagramTarget, data: string | Uint8Array, run: Run): Promise<boolean> {
  const current = await readFile(target.path).catch(() => undefined);
  if (current !== undefined && current.equals(typeof data === 'string' ? Buffer.from(data, 'utf8') : data)) run.result.unchanged.push(target.path);
  else run.result.outdated.push({ path: target.path, state: current === undefined ? 'missing' : 'stale', lesson: target.lesson, line: target.ref.line });
  return true;
}

// The target's model, loaded once per run; its problems are reported once, with the first
// reference that uses it.
async function modelOf(target: DiagramTarget, run: Run): Promise<LoadModelResult> {
  const { ref } = target;
  const key = modelKey(ref.model);
  let pending = run.models.get(key);
  if (pending === undefined) {
    pending = loadSafely(ref, run.settings.loadModel ?? loadModel);
    run.models.set(key, pending);
  }
  const model = await pending;
  for (const dep of model.dependencies) {
    const set = run.result.dependencies.get(dep) ?? new Set();
    set.add(target.path);
    run.result.dependencies.set(dep, set);
  }
  if (!model.ok && !run.brokenModels.has(model.file)) {
    run.brokenModels.add(model.file);
    const usedBy = { src: ref.src, lesson: target.lesson, line: ref.line };
    for (const e of model.errors) run.result.problems.push({ file: e.file, ...(e.line === undefined ? {} : { line: e.line }), ...(e.column === undefined ? {} : { column: e.column }), path: e.path, message: e.message, severity: e.severity, usedBy });
  }
  return model;
}

// A loader that throws (a YAML alias it cannot resolve, a module that misbehaves) fails this
// model only: the throw becomes the model's problem and the run goes on.
async function loadSafely(ref: DiagramRef, load: (ref: DiagramRef) => Promise<LoadModelResult>): Promise<LoadModelResult> {
  try {
    return await load(ref);
  } catch (cause) {
    const file = modelKey(ref.model);
    const message = `could not load the model: ${cause instanceof Error ? cause.message : String(cause)}`;
    return { ok: false, file, errors: [{ file, path: '', message, code: 'load-failed', severity: 'error' }], warnings: [], dependencies: ref.model.kind === 'file' ? [file] : [] };
  }
}
