import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { ThemeName } from '@kubegram/diagram';
import { modelKey } from '../model-key.js';
import type { ContentError, DiagramModel } from '../types.js';
import { checkDiagrams } from './check-diagrams.js';
import { loadCourse } from './load-course.js';
import { loadModel } from './load-model.js';
import type { DiagramsResult, LoadModelResult } from './types.js';
import { courseLayout, type CourseLayout } from './_course-layout.js';
import { optionColumn } from './_option-column.js';
import { viewExample } from './_view-example.js';
import { readLessonIndex } from './_lesson-index.js';
import { refProblems, type CourseProblem } from './_ref-problems.js';

export type { CourseProblem } from './_ref-problems.js';

/** Options of `checkCourse`. */
export interface CheckCourseOptions {
  /** The course folder: `<dir>/<module>/<lesson>.md` and `<dir>/models/`. */
  dir: string;
  /** The theme the committed pictures are drawn in (default light). */
  theme?: ThemeName;
  /** The command that regenerates the pictures, shown with a stale or missing one (default "kubegram diagrams"). */
  regenerate?: string;
}

/** What `checkCourse` found: every problem, sorted by file and place, and what was read. */
export interface CheckCourseResult {
  /** True when no problem is an error; warnings alone keep it true. */
  ok: boolean;
  /** How many lesson files were read. */
  lessons: number;
  /** How many models were loaded. */
  models: number;
  /** The check of the committed pictures, as `checkDiagrams` gives it. */
  diagrams: DiagramsResult;
  problems: CourseProblem[];
}

// Broken YAML is reported in the words of the YAML parser; show the shape of a field that works.
const FRONTMATTER_EXAMPLE = "---\ntitle: 'Kubernetes Architecture'\n---";

/**
 * Checks a course in one run: every lesson's frontmatter and diagram references, the ids each
 * reference names against its model and view, every model (each problem in the model file), and
 * every committed picture against what its model draws now. Writes nothing; never throws.
 */
export async function checkCourse(options: CheckCourseOptions): Promise<CheckCourseResult> {
  const dir = resolve(options.dir);
  const load = modelLoader();
  const course = await loadCourse(dir);
  const index = await readLessonIndex(dir);
  const diagrams = await checkDiagrams({ dir, theme: options.theme ?? 'light', loadModel: (ref) => load.get(ref.model) });
  const files = await courseLayout(dir);
  for (const path of files.models) await load.get({ kind: 'file', path });
  const regenerate = options.regenerate ?? 'kubegram diagrams';
  const located = await refProblems({ refs: index.refs, errors: index.problems, load: load.get, diagrams, regenerate });

  // An unknown node also fails the drawing; the located problem says it better.
  const nodeRefs = new Set(located.filter((p) => p.path.endsWith('.options.node')).map((p) => `${p.file}\n${p.line}`));
  const drawing = diagrams.problems.filter((p) => !load.unreadable.has(`${p.file}\n${p.message}`) && !(nodeRefs.has(`${p.file}\n${p.line}`) && p.message.startsWith('unknown node')));
  const problems: CourseProblem[] = [
    ...(await atParts([...course.errors.map(lessonProblem), ...drawing])),
    ...located,
    ...(await load.all()).flatMap(modelFileProblems),
    ...folderWarnings(dir, files),
    ...course.warnings.map((e): CourseProblem => ({ ...e, severity: 'warning' })),
  ];
  const sorted = unique(problems).sort(byPlace);
  return { ok: sorted.every((p) => p.severity !== 'error'), lessons: lessonCount(course.lessons.map((l) => l.file), course.errors), models: load.count(), diagrams, problems: sorted };
}

// Each model loads once per check, whichever step asks first. A model file that cannot be read is
// reported at the references naming it, so its bare problem is remembered to be left out.
function modelLoader() {
  const loads = new Map<string, Promise<LoadModelResult>>();
  const unreadable = new Set<string>();
  const get = (model: DiagramModel): Promise<LoadModelResult> => {
    const key = modelKey(model);
    let pending = loads.get(key);
    if (pending === undefined) {
      pending = loadModel(model).then((result) => {
        if (!result.ok) for (const e of result.errors) if (e.code === 'unreadable') unreadable.add(`${e.file}\n${e.message}`);
        return result;
      });
      loads.set(key, pending);
    }
    return pending;
  };
  return { get, unreadable, count: () => loads.size, all: () => Promise.all(loads.values()) };
}

// The parse places a malformed reference at its `!`; point at the part to change instead.
async function atParts(problems: CourseProblem[]): Promise<CourseProblem[]> {
  const texts = new Map<string, Promise<string[]>>();
  const linesOf = (file: string) => {
    let lines = texts.get(file);
    if (lines === undefined) texts.set(file, (lines = readFile(file, 'utf8').then((t) => t.split(/\r?\n/), () => [])));
    return lines;
  };
  return Promise.all(
    problems.map(async (p) => {
      if (p.line === undefined || p.column === undefined || !p.path.startsWith('diagrams[')) return p;
      const line = (await linesOf(p.file))[p.line - 1] ?? '';
      const example = p.path.endsWith('.view') && p.example === undefined ? viewExample(line, p.column) : undefined;
      return { ...p, column: optionColumn(line, p.column, p.path), ...(example === undefined ? {} : { example }) };
    }),
  );
}

function lessonProblem(e: ContentError): CourseProblem {
  const yaml = e.path === '' && e.line !== undefined && /YAML/.test(e.message);
  return { ...e, severity: 'error', ...(yaml ? { example: FRONTMATTER_EXAMPLE } : {}) };
}

// A model's errors reach the check through the pictures drawn from it, but a model no lesson uses
// is checked only here, and warnings only here.
function modelFileProblems(result: LoadModelResult): CourseProblem[] {
  const errors = result.ok ? [] : result.errors.filter((e) => e.code !== 'unreadable');
  return [...errors, ...result.warnings].map((e) => ({
    file: e.file,
    ...(e.line === undefined ? {} : { line: e.line }),
    ...(e.column === undefined ? {} : { column: e.column }),
    path: e.path,
    message: e.message,
    severity: e.severity,
  }));
}

// In a flat course (lessons beside the folders) other folders hold pictures and such, not modules.
// A course with no lessons at all is an error of loadCourse.
function folderWarnings(dir: string, files: CourseLayout): CourseProblem[] {
  if (files.flat) return [];
  return files.emptyFolders.map((folder) => ({
    file: folder,
    path: '',
    message: `holds no lessons: expected Markdown lessons in each module folder, such as ${relative(dir, folder)}/first-lesson.md, or the folder moved out of the course`,
    severity: 'warning',
  }));
}

function lessonCount(parsed: readonly string[], errors: readonly ContentError[]): number {
  return new Set([...parsed, ...errors.filter((e) => e.file.toLowerCase().endsWith('.md')).map((e) => e.file)]).size;
}

// The same problem can come from the lesson parse and from the picture check: keep it once,
// with whichever copy says more.
function unique(problems: CourseProblem[]): CourseProblem[] {
  const seen = new Map<string, CourseProblem>();
  for (const p of problems) {
    const key = [p.file, p.line, p.column, p.path, p.message, p.severity].join('\n');
    const other = seen.get(key);
    if (other === undefined || (other.example === undefined && other.usedBy === undefined)) seen.set(key, { ...other, ...p });
  }
  return [...seen.values()];
}

function byPlace(a: CourseProblem, b: CourseProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
