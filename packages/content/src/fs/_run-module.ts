// The default import: Node 20 has no getCompileCacheDir, and a named import of it would not load.
import module from 'node:module';
import { Worker } from 'node:worker_threads';
import type { FileProblem } from '@kubegram/model/load';

/** What a module gave once it ran: the value it exports as its cluster (plain data) and its export names. */
export type ModuleRun =
  | { ok: true; cluster: unknown; exportNames: string[] }
  | { ok: false; errors: FileProblem[] };

/** Options for `runModule`. */
export interface RunModuleOptions {
  /** How long the module may take to load before it is stopped, in milliseconds. */
  timeoutMs: number;
}

// What the worker posts back. Kept to plain data: only that crosses between threads.
type Reply =
  | { kind: 'loaded'; cluster: unknown; exportNames: string[] }
  | { kind: 'not-plain-data'; path: string; got: string }
  | { kind: 'threw'; message: string; problems?: { path: string; message: string; code?: string }[] }
  | { kind: 'exit'; code: number };

// The worker's whole program, as text so that it runs the same from the sources, the package's
// build and the command line's bundle. It imports the module, picks the cluster (the default
// export or "cluster", looking inside a CommonJS module's exports) and posts a copy of it back.
// process.exit in a worker ends only the worker; it is reported before it happens so that it
// reads as what it is rather than as a module that exported nothing.
// getBuiltinModule rather than require: the worker's eval code is an ES module when the host
// process was started with --input-type=module (as a synchronous loader's child is).
const WORKER = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
// A worker does not share the caller's compile cache; where the caller has one, use it too.
if (workerData.compileCache !== undefined) process.getBuiltinModule('node:module').enableCompileCache?.(workerData.compileCache);
const exit = process.exit;
process.exit = (code) => {
  parentPort.postMessage({ kind: 'exit', code: Number(code ?? process.exitCode ?? 0) });
  exit(code);
};
const clean = (text) => String(text).split(workerData.url).join(workerData.file);
// The model path of the first value that cannot be copied between threads, and what it is.
const unclonable = (value, path, seen) => {
  if (typeof value === 'function' || typeof value === 'symbol') return { path, got: 'a ' + typeof value };
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const found = unclonable(item, Array.isArray(value) ? path + '[' + key + ']' : path === '' ? key : path + '.' + key, seen);
    if (found) return found;
  }
  return undefined;
};
import(workerData.url).then(
  (exports) => {
    let found = exports.default ?? exports.cluster;
    if (typeof found === 'object' && found !== null && !('id' in found) && (found.default !== undefined || found.cluster !== undefined)) {
      found = found.default ?? found.cluster;
    }
    try {
      parentPort.postMessage({ kind: 'loaded', cluster: found, exportNames: Object.keys(exports) });
    } catch (error) {
      parentPort.postMessage({ kind: 'not-plain-data', ...(unclonable(found, '', new Set()) ?? { path: '', got: clean(error.message) }) });
    }
  },
  (error) => {
    const problems = Array.isArray(error?.problems) ? error.problems.map((p) => ({ path: String(p.path), message: String(p.message), code: p.code === undefined ? undefined : String(p.code) })) : undefined;
    parentPort.postMessage({ kind: 'threw', message: clean(error instanceof Error ? error.message : error), problems });
  },
);
`;

/**
 * Runs an ES module's text in a worker thread and brings back a copy of its cluster export. The
 * worker is stopped on timeout, and shortly after it answers if it does not end by itself: an
 * endless loop, a timer left running or `process.exit()` in a model cannot hang or end the caller.
 */
export async function runModule(code: string, file: string, options: RunModuleOptions): Promise<ModuleRun> {
  const url = `data:text/javascript;charset=utf-8,${encodeURIComponent(code)}`;
  const compileCache = (module.getCompileCacheDir as (() => string | undefined) | undefined)?.();
  const worker = new Worker(WORKER, { eval: true, workerData: { url, file, compileCache }, stdout: true });
  // A model's console output goes to standard error, never into a diagram on standard output.
  worker.stdout.pipe(process.stderr, { end: false });
  const exited = new Promise<number>((done) => worker.once('exit', done));
  let timer: NodeJS.Timeout | undefined;
  try {
    const outcome = await new Promise<Outcome>((done) => {
      timer = setTimeout(() => done({ kind: 'timeout' }), options.timeoutMs);
      worker.once('message', done);
      worker.once('error', (error) => done({ kind: 'error', message: error.message.split(url).join(file) }));
      void exited.then((exitCode) => done({ kind: 'ended', code: exitCode }));
    });
    // A module that is done ends by itself, its output all through by then (stopping it at once
    // could cut that short); one that left a timer running is stopped after a moment.
    if (outcome.kind !== 'timeout') await Promise.race([exited, new Promise((done) => setTimeout(done, GRACE_MS))]);
    return toRun(outcome, file, options.timeoutMs);
  } finally {
    clearTimeout(timer);
    await worker.terminate();
  }
}

// How long a module that has answered may take to end by itself.
const GRACE_MS = 250;

type Outcome = Reply | { kind: 'timeout' } | { kind: 'error'; message: string } | { kind: 'ended'; code: number };

function toRun(reply: Outcome, file: string, timeoutMs: number): ModuleRun {
  const fail = (message: string, code: string): ModuleRun => ({ ok: false, errors: [{ file, path: '', message, code, severity: 'error' }] });
  switch (reply.kind) {
    case 'loaded':
      return { ok: true, cluster: reply.cluster, exportNames: reply.exportNames };
    case 'threw':
      // `defineCluster` throws a ClusterError that lists every problem with its model path; keep them.
      if (reply.problems !== undefined && reply.problems.length > 0) {
        return { ok: false, errors: reply.problems.map((p) => ({ file, path: p.path, message: p.message, code: p.code ?? 'model', severity: 'error' as const })) };
      }
      return fail(`the model module threw while loading: ${reply.message}`, 'module-threw');
    case 'error':
      return fail(`the model module threw while loading: ${reply.message}`, 'module-threw');
    case 'not-plain-data':
      return { ok: false, errors: [{ file, path: reply.path, message: `expected plain data (objects, arrays, strings, numbers, booleans), got ${reply.got}`, code: 'not-plain-data', severity: 'error' }] };
    case 'exit':
    case 'ended':
      return reply.kind === 'exit'
        ? fail(`the model called process.exit(${reply.code}) before exporting a cluster; expected a module that exports a cluster, such as "export default defineCluster({ … })"`, 'module-exited')
        : fail(`the model stopped before exporting a cluster (such as a top-level await that never settles); expected a module that exports a cluster, such as "export default defineCluster({ … })"`, 'module-exited');
    case 'timeout':
      return fail(`the model did not finish loading within ${seconds(timeoutMs)}; expected a module that exports a cluster, such as "export default defineCluster({ … })"`, 'timeout');
  }
}

const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`;
