import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { presets, type PresetName } from '@kubegram/model';
import { parseClusterText } from '@kubegram/model/load';
import type { DiagramModel } from '../types.js';
import type { LoadModelResult } from './types.js';

/** Options for `loadModelSync`. */
export interface LoadModelSyncOptions {
  /** How long a model module may take to compile and run, in milliseconds. */
  timeout?: number;
}

const DEFAULTS: Required<LoadModelSyncOptions> = { timeout: 120_000 };
const DATA = /\.(?:ya?ml|json)$/i;

// A module model must be bundled and imported, which Node only does asynchronously, while
// a synchronous host (markdown-it) renders synchronously. A separate Node process runs `loadModel`
// and prints the result: unlike a worker thread, it cannot deadlock on the loader hooks a build
// tool or test runner has installed in this process.
const CHILD = `
const [contentUrl, path] = process.argv.slice(1);
let result;
try {
  result = await (await import(contentUrl)).loadModel(path, { cache: false });
} catch (error) {
  result = { thrown: String((error && error.stack) || error) };
}
process.stdout.write(JSON.stringify(result));
`;

// Results by model file, kept while every file the model was built from keeps its modification
// time and size, so each model is compiled once per build however many pages draw it.
const cache = new Map<string, { stamps: Map<string, string>; result: LoadModelResult }>();

/**
 * Loads the cluster a diagram reference names, synchronously: a preset, a YAML or JSON model
 * file, or a TypeScript or JavaScript module (through `loadModel`, in a child process), for hosts
 * such as markdown-it that cannot wait. Never throws; every problem names the model file.
 */
export function loadModelSync(model: DiagramModel, opts: LoadModelSyncOptions = {}): LoadModelResult {
  const options = { ...DEFAULTS, ...opts };
  if (model.kind === 'preset') {
    const file = `preset:${model.name}`;
    if (Object.hasOwn(presets, model.name)) return { ok: true, file, cluster: presets[model.name as PresetName], warnings: [], dependencies: [] };
    return failed(file, `unknown preset "${model.name}": expected one of ${Object.keys(presets).map((p) => `preset:${p}`).join(', ')}`, 'unknown-preset');
  }
  const file = model.path;
  const cached = cache.get(file);
  if (cached && [...cached.stamps].every(([f, s]) => stamp(f) === s)) return cached.result;
  const result = DATA.test(file) ? loadData(file) : loadModule(file, options.timeout);
  if (!result.ok && result.errors.some((e) => e.code === 'unreadable')) return result;
  cache.set(file, { stamps: new Map(result.dependencies.map((f) => [f, stamp(f)])), result });
  return result;
}

function loadData(file: string): LoadModelResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message;
    return failed(file, `could not read the model file: ${reason}`, 'unreadable');
  }
  return { ...parseClusterText(text, file), dependencies: [file] };
}

function loadModule(file: string, timeout: number): LoadModelResult {
  const content = contentLoaderUrl();
  let out: string;
  try {
    out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, content, file], {
      encoding: 'utf8',
      timeout,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The child is a plain Node: no preloads or loaders meant for the build tool, and Node
      // rather than an Electron app when the host is one (an editor's Markdown preview).
      env: { ...process.env, NODE_OPTIONS: '', ELECTRON_RUN_AS_NODE: '1' },
    });
  } catch (cause) {
    const e = cause as { signal?: string; stderr?: string; message: string };
    const why = e.signal === 'SIGTERM' ? `it took longer than ${timeout / 1000} s` : (e.stderr?.trim() || e.message);
    return failed(file, `could not load the model: ${why}`, 'load');
  }
  const answer = JSON.parse(out) as LoadModelResult | { thrown: string };
  return 'thrown' in answer ? failed(file, `could not load the model: ${answer.thrown}`, 'load') : answer;
}

// The built entry point, named in the package's exports: a test runner's or bundler's resolve
// conditions in this process may point elsewhere, while the child is a plain Node.
function contentLoaderUrl(): string {
  const manifest = createRequire(import.meta.url).resolve('@kubegram/content/package.json');
  const exported = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { default: string }> }).exports['./fs']!.default;
  return new URL(exported, pathToFileURL(manifest)).href;
}

function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'missing';
  }
}

function failed(file: string, message: string, code: string): LoadModelResult {
  return { ok: false, file, errors: [{ file, path: '', message, code, severity: 'error' }], warnings: [], dependencies: [file] };
}
