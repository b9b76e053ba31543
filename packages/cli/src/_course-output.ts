import { readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { CliError, inputError } from './_errors.js';
import { describeFsError, displayPath, writeStream } from './_io.js';
import { EXIT, type CliIo } from './types.js';

/** What a path given as a course argument turned out to be. */
export type CourseInput = { kind: 'folder' | 'lesson'; path: string };

/** Resolves a course folder or lesson file argument, or fails with exit 2 saying what it is. */
export async function courseInput(command: string, arg: string, cwd: string, accept: readonly CourseInput['kind'][]): Promise<CourseInput> {
  const path = resolve(cwd, arg);
  const info = await stat(path).catch((cause: unknown) => {
    throw inputError(`${arg}: ${describeFsError(cause)}`);
  });
  if (info.isDirectory()) return { kind: 'folder', path };
  if (accept.includes('lesson') && info.isFile() && path.toLowerCase().endsWith('.md')) return { kind: 'lesson', path };
  const wanted = accept.includes('lesson') ? 'a lesson (.md) or a folder of lessons' : 'a folder of lessons (<module>/<lesson>.md)';
  throw inputError(`${arg}: expected ${wanted}, for example: kubegram ${command} lessons/`);
}

const inside = (parent: string, child: string) => {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith('../') && !rel.startsWith('..\\') && !isAbsolute(rel));
};

/**
 * Checks a folder the build will empty before writing: it may not hold the lessons or the working
 * directory, and a folder with files in it must be an earlier build (it has an index.html).
 */
export async function checkOutDir(arg: string, io: CliIo, input: string): Promise<string> {
  const out = resolve(io.cwd, arg);
  if (inside(out, input)) throw inputError(`--out ${arg}: the build empties this folder first, and it holds the lessons (${input}); choose another, such as --out dist`);
  if (inside(out, io.cwd)) throw inputError(`--out ${arg}: the build empties this folder first, and it holds the working directory; choose a folder inside it, such as --out dist`);
  const names = await readdir(out).catch(() => [] as string[]);
  if (names.length > 0 && !names.includes('index.html')) {
    throw inputError(`--out ${arg}: the build empties this folder first, and it has files but no index.html of an earlier build; choose a new or empty folder`);
  }
  return out;
}

/**
 * The build cache's folder from `--cache`/`--no-cache`: by default node_modules/.cache/kubegram
 * where the working directory has installed packages, else none. Refuses (exit 2) a cache inside
 * a folder the build empties.
 */
export function cacheDir(values: { cache?: string | undefined; 'no-cache'?: boolean | undefined }, cwd: string, emptied?: string): string | undefined {
  if (values['no-cache'] === true) return undefined;
  const modules = join(cwd, 'node_modules');
  const dir = values.cache === undefined ? (existsSync(modules) ? join(modules, '.cache', 'kubegram') : undefined) : resolve(cwd, values.cache);
  if (dir !== undefined && emptied !== undefined && inside(emptied, dir)) {
    throw inputError(`--cache ${values.cache ?? dir}: the build empties ${displayPath(emptied, cwd)} first, and the cache is in it; choose a folder outside, such as --cache .cache/kubegram`);
  }
  return dir;
}

/** The course's name when none is given: its folder's name. */
export const defaultTitle = (folder: string): string => basename(folder);

/** Reports a stage of a long build on a terminal, overwriting one line; says nothing to pipes and files. */
export function stageReporter(command: string, io: CliIo): { stage: (name: string) => void; done: () => Promise<void> } {
  const tty = io.stderr.isTTY === true;
  return {
    stage: (name) => {
      if (tty) io.stderr.write(`\r\x1b[Kkubegram ${command}: building ${name}…`);
    },
    done: async () => {
      if (tty) await writeStream(io.stderr, '\r\x1b[K');
    },
  };
}

/** A build's error: bad lessons or models are exit 2 with one line each; anything else is exit 1. */
export function buildFailure(error: unknown): Error {
  const e = error as Error & { problems?: string[] };
  if (e?.name === 'BuildError') return new CliError(e.message, EXIT.usage);
  if (e?.name === 'CliError') return e;
  return new CliError(`the build failed: ${e?.message ?? String(error)}`, EXIT.failed);
}
