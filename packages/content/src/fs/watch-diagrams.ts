import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { drawTargets } from './_draw-targets.js';
import { folderWatchers } from './_folder-watchers.js';
import { inside } from './_inside.js';
import { readLessonIndex } from './_lesson-index.js';
import { rerunChanged, type WatchState } from './_rerun-changed.js';
import type { DiagramsOptions, DiagramsResult } from './types.js';

/** Options of `watchDiagrams`. */
export interface WatchDiagramsOptions extends DiagramsOptions {
  /** Aborting stops watching. */
  signal: AbortSignal;
  /** Called with the first run (every diagram) and with each run a change starts (what it affects). */
  onRun?: (result: DiagramsResult, run: { initial: boolean }) => void | Promise<void>;
  /** Called once the first run is done and the folders are watched. */
  onReady?: () => void | Promise<void>;
  /** Milliseconds to wait after a change for the rest of a save (editors save in bursts). */
  settle?: number;
  /** Milliseconds between checks that the folder is still there. */
  poll?: number;
}

/** Why watching stopped: the signal, or the folder was deleted or renamed (`folder` is its path). */
export type WatchResult = { stopped: 'signal' } | { stopped: 'gone'; folder: string };

const DEFAULTS = { settle: 40, poll: 500 };

const folderId = async (dir: string): Promise<string | undefined> => {
  try {
    const s = await stat(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Regenerates every diagram under `dir`, then watches the lessons and the models' folders and
 * regenerates what each change affects, until the signal aborts. Survives files saved by rename,
 * folders deleted or renamed and models that do not load; stops (resolving `gone`) when `dir`
 * itself is deleted or renamed.
 */
export async function watchDiagrams(options: WatchDiagramsOptions): Promise<WatchResult> {
  const o = { ...DEFAULTS, ...options };
  const dir = resolve(o.dir);
  const id = await folderId(dir);
  const index = await readLessonIndex(dir);
  const first = await drawTargets({ lessons: index.refs, problems: [...index.problems.values()].flat() }, { ...o, dir, check: false });
  const state: WatchState = { dir, options: o, index, dependencies: first.dependencies };
  await o.onRun?.(first, { initial: true });
  if (o.signal.aborted) return { stopped: 'signal' };

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let over = false;
  let stop: (result: WatchResult) => void = () => {};
  const stopped = new Promise<WatchResult>((done) => {
    stop = (result) => {
      over = true;
      done(result);
    };
  });
  const checkFolder = async () => {
    if (!over && (await folderId(dir)) !== id) stop({ stopped: 'gone', folder: dir });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(flush)), o.settle);
  };
  const watchers = folderWatchers((path) => {
    pending.add(path);
    schedule();
  });
  const folders = () => [...index.folders, ...[...state.dependencies.keys()].filter((d) => !inside(dir, d)).map(dirname)];
  const sync = () => {
    for (const folder of watchers.sync(folders())) pending.add(folder);
    if (pending.size > 0) schedule();
  };
  const flush = async () => {
    await checkFolder();
    if (over) return;
    const changed = [...pending];
    pending.clear();
    const result = await rerunChanged(state, changed).catch((cause: unknown) => failure(dir, cause));
    if (result) await o.onRun?.(result, { initial: false });
    sync();
  };

  sync();
  pending.clear();
  clearTimeout(timer);
  await o.onReady?.();
  // The poll also keeps the process alive when every watcher is gone with a deleted folder.
  const poll = setInterval(() => {
    void checkFolder();
    sync();
  }, o.poll);
  o.signal.addEventListener('abort', () => stop({ stopped: 'signal' }), { once: true });
  if (o.signal.aborted) stop({ stopped: 'signal' });
  const result = await stopped;
  clearInterval(poll);
  clearTimeout(timer);
  watchers.close();
  await running;
  return result;
}

// A run that failed as a whole still reaches the caller, as a problem, and the watch goes on.
function failure(dir: string, cause: unknown): DiagramsResult {
  const message = `could not regenerate the diagrams: ${cause instanceof Error ? cause.message : String(cause)}`;
  return { ok: false, targets: 0, written: [], unchanged: [], outdated: [], failed: 0, problems: [{ file: dir, path: '', message, severity: 'error' }], dependencies: new Map() };
}
