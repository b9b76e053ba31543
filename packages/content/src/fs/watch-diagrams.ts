import { resolve } from 'node:path';
import { drawTargets } from './_draw-targets.js';
import { readLessonIndex } from './_lesson-index.js';
import type { WatchState } from './_rerun-changed.js';
import { folderId, watchLoop } from './_watch-loop.js';
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

  return watchLoop(state, o, id);
}
