import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatNamed } from '@kubegram/diagram';
import { findDiagramRefs } from '../find-diagram-refs.js';
import { starterCourse } from '../starter-course.js';
import { loadModel } from './load-model.js';

/** Options of `initCourse`. */
export interface InitCourseOptions {
  /** The folder to start the course in; created when missing. */
  dir: string;
  /** Add the starter files to a folder that already holds something (existing files are kept). */
  force?: boolean;
  /** The version range of `kubegram` the course's `package.json` depends on. */
  kubegramVersion?: string;
}

/** What `initCourse` did: the files it wrote and those it left as they were, or why it wrote nothing. */
export type InitCourseResult =
  | { ok: true; written: string[]; kept: string[] }
  | { ok: false; reason: 'not-empty'; entries: string[] }
  | { ok: false; reason: 'not-a-folder' };

/**
 * Starts a course in `dir`: the files of `starterCourse` and the pictures its lesson references,
 * drawn from its model as `kubegram diagrams` draws them, so the course passes `checkCourse` at
 * once. Refuses a folder that holds anything but `.git` unless `force`; never replaces a file.
 * Throws only when the folder cannot be read or written.
 */
export async function initCourse(options: InitCourseOptions): Promise<InitCourseResult> {
  const dir = resolve(options.dir);
  const entries = await readdir(dir).catch((cause: NodeJS.ErrnoException) => (cause.code === 'ENOENT' ? [] : cause.code === 'ENOTDIR' ? null : Promise.reject(cause)));
  if (entries === null) return { ok: false, reason: 'not-a-folder' };
  const present = entries.filter((name) => name !== '.git').sort();
  if (present.length > 0 && options.force !== true) return { ok: false, reason: 'not-empty', entries: present };

  const result = { ok: true as const, written: [] as string[], kept: [] as string[] };
  const files = starterCourse({ name: packageName(basename(dir)), ...(options.kubegramVersion === undefined ? {} : { kubegramVersion: options.kubegramVersion }) });
  for (const file of files) await create(join(dir, file.path), file.text, result);
  // Pictures drawn from a model or a lesson that was already there might not be the ones they ask for.
  const lesson = files.find((f) => f.path.endsWith('.md'));
  const model = files.find((f) => f.path.startsWith('models/'));
  const kept = (path: string | undefined) => path === undefined || result.kept.includes(join(dir, path));
  if (lesson === undefined || kept(lesson.path) || kept(model?.path)) return result;
  for (const ref of findDiagramRefs(lesson.text, join(dir, lesson.path)).refs) {
    const loaded = await loadModel(ref, { cache: false });
    if (!loaded.ok) throw new Error(`the starter model does not load: ${loaded.errors.map((e) => e.message).join('; ')}`);
    const svg = (await formatNamed('svg').load())(loaded.cluster, { view: ref.view, theme: 'light', highlight: ref.highlight });
    await create(ref.output, svg, result);
  }
  return result;
}

// Exclusive creation: a file that exists, even one made a moment ago by someone else, is kept.
async function create(path: string, data: string | Uint8Array, into: { written: string[]; kept: string[] }): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, data, { flag: 'wx' });
    into.written.push(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
    into.kept.push(path);
  }
}

// npm package names are lower case and URL-safe, and do not start with a dot or an underscore.
function packageName(folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9._~-]+/g, '-').replace(/^[._-]+|-+$/g, '');
  return name === '' ? 'my-course' : name.slice(0, 214);
}
