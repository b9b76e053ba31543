import { readFile } from 'node:fs/promises';
import { checkRefIds } from '../check-ref-ids.js';
import type { ContentError, DiagramModel, DiagramRef } from '../types.js';
import type { DiagramProblem, DiagramsResult, LoadModelResult } from './types.js';

/** A problem of a course check: where, what, and a valid piece of input to compare with. */
export type CourseProblem = DiagramProblem & { example?: string };

/** What the reference checks need: each lesson's references and problems, a model loader, the picture check. */
export interface RefContext {
  refs: ReadonlyMap<string, readonly DiagramRef[]>;
  errors: ReadonlyMap<string, readonly ContentError[]>;
  load: (model: DiagramModel) => Promise<LoadModelResult>;
  diagrams: DiagramsResult;
  /** The command that regenerates the pictures, for the message of a stale one. */
  regenerate: string;
}

/**
 * The problems of each reference, placed at the reference's column in the lesson: ids its model
 * or view does not have, a model file that is not there, and its picture when out of date.
 */
export async function refProblems(context: RefContext): Promise<CourseProblem[]> {
  const problems: CourseProblem[] = [];
  for (const [lesson, refs] of context.refs) {
    const lines = (await readFile(lesson, 'utf8').catch(() => '')).split(/\r?\n/);
    const indexes = refIndexes(refs.length, context.errors.get(lesson) ?? []);
    for (const [n, ref] of refs.entries()) {
      const found = (lines[ref.line - 1] ?? '').indexOf(ref.raw);
      const at = { file: lesson, line: ref.line, ...(found < 0 ? {} : { column: found + 1 }) };
      const path = `diagrams[${indexes[n]}]`;
      problems.push(...(await modelProblems(ref, at, path, context)));
      problems.push(...outdatedProblems(ref, at, path, context));
    }
  }
  return problems;
}

type Place = { file: string; line: number; column?: number };

async function modelProblems(ref: DiagramRef, at: Place, path: string, context: RefContext): Promise<CourseProblem[]> {
  const loaded = await context.load(ref.model);
  if (loaded.ok) {
    let found;
    try {
      found = checkRefIds(ref, loaded.cluster);
    } catch {
      // The picture check reports what keeps this view from being drawn at all.
      return [];
    }
    return found.map((p) => ({
      ...at,
      ...(at.column === undefined || p.offset === undefined ? {} : { column: at.column + p.offset }),
      path: `${path}.options.${p.option}`,
      message: p.message,
      severity: 'error',
      example: p.example,
    }));
  }
  const unreadable = loaded.errors.find((e) => e.code === 'unreadable');
  if (unreadable === undefined || ref.model.kind !== 'file') return [];
  // The model as the lesson writes it: the first word after "kubegram:", up to the view.
  const written = /kubegram:\s*([^\s#"']+)/.exec(ref.raw);
  const model = written?.[1] ?? ref.model.path;
  const column = at.column === undefined || written === null ? {} : { column: at.column + written.index + written[0].length - model.length };
  const example = written === null ? '![The cluster](diagrams/overview.svg "kubegram: ../models/cluster.yaml#overview")' : ref.raw.replace(model, '../models/cluster.yaml');
  const message = `unknown model "${model}": ${unreadable.message}; expected a model file relative to the lesson, or preset:<name>`;
  return [{ ...at, ...column, path: `${path}.model`, message, severity: 'error', example }];
}

function outdatedProblems(ref: DiagramRef, at: Place, path: string, context: RefContext): CourseProblem[] {
  return context.diagrams.outdated
    .filter((o) => o.lesson === at.file && o.line === ref.line && o.path === ref.output)
    .map((o) => ({
      ...at,
      path: `${path}.src`,
      message:
        o.state === 'missing'
          ? `missing picture ${ref.src}: expected the file its model draws, committed beside the lesson`
          : `stale picture ${ref.src}: it differs from what its model draws now; expected the committed file to match the model`,
      severity: 'error',
      example: context.regenerate,
    }));
}

// The number each well-formed reference has among every `kubegram:` image of its lesson: the
// malformed ones, which only problems name, take numbers too.
function refIndexes(count: number, errors: readonly ContentError[]): number[] {
  const taken = new Set(errors.map((e) => /^diagrams\[(\d+)\]/.exec(e.path)?.[1]).filter((i) => i !== undefined).map(Number));
  const indexes: number[] = [];
  for (let i = 0; indexes.length < count; i++) if (!taken.has(i)) indexes.push(i);
  return indexes;
}
