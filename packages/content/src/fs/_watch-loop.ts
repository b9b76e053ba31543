import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { folderWatchers } from './_folder-watchers.js';
import { inside } from './_inside.js';
import { rerunChanged, type WatchState } from './_rerun-changed.js';
import type { DiagramsResult } from './types.js';
import type { WatchDiagramsOptions, WatchResult } from './watch-diagrams.js';

/** The device and inode of a folder, to tell it from another folder later created at its path. */
export const folderId = async (dir: string): Promise<string | undefined> => {
  try {
    const s = await stat(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Watches the lesson folders and the models' folders, regenerating what each change affects,
 * until the signal aborts or the folder `id` names is no longer at its path.
 */
export async function watchLoop(state: WatchState, o: Required<Pick<WatchDiagramsOptions, 'settle' | 'poll'>> & WatchDiagramsOptions, id: string | undefined): Promise<WatchResult> {
  const { dir, index } = state;
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
    if (!over) timer = setTimeout(() => (running = running.then(flush)), o.settle);
  };
  const watchers = folderWatchers((path) => {
    pending.add(path);
    schedule();
  });
  const folders = () => [...index.folders, ...[...state.dependencies.keys()].filter((d) => !inside(dir, d)).map(dirname)];
  // Once stopped, nothing is watched or scheduled again: a run still going when the signal came
  // must not leave a watcher or a timer that keeps the process alive.
  const sync = () => {
    if (over) return;
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
