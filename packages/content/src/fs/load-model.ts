import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseCluster, presets, type PresetName } from '@kubegram/model';
import { parseClusterText } from '@kubegram/model/load';
import { DATA_EXTENSIONS, MODULE_EXTENSIONS } from '../model-extensions.js';
import type { DiagramModel, DiagramRef } from '../types.js';
import type { LoadModelOptions, LoadModelResult } from './types.js';

const DEFAULTS: Required<LoadModelOptions> = { cache: true, timeoutMs: 10_000 };
const MODULES: ReadonlySet<string> = new Set(MODULE_EXTENSIONS);
const DATA: ReadonlySet<string> = new Set(DATA_EXTENSIONS);

// Results by model file, with the modification time and size of every file each was read from.
// Module-level on purpose: a watch loop calls loadModel once per change and must not recompile
// or re-import models whose files did not change.
const cache = new Map<string, { stamps: Map<string, string>; result: LoadModelResult }>();

/**
 * Loads the cluster a diagram reference (or a model, or a path) names: a YAML or JSON model file,
 * a TypeScript or JavaScript module whose default export or `cluster` export is the cluster, or a
 * preset (`preset:course`). Never throws; every problem names the file.
 */
export async function loadModel(target: DiagramRef | DiagramModel | string, opts: LoadModelOptions = {}): Promise<LoadModelResult> {
  const options = { ...DEFAULTS, ...fromEnvironment(), ...opts };
  const model = toModel(target);
  if (model.kind === 'preset') return loadPreset(model.name);

  const file = resolve(model.path);
  const cached = options.cache ? cache.get(file) : undefined;
  if (cached && (await stampsOf([...cached.stamps.keys()])).every(([f, s]) => cached.stamps.get(f) === s)) return cached.result;

  const result = await loadFile(file, options.timeoutMs);
  // Neither an unreadable file nor a slow load says anything lasting about the files as they are.
  const transient = !result.ok && result.errors.some((e) => e.code === 'unreadable' || e.code === 'timeout');
  if (options.cache && !transient) cache.set(file, { stamps: new Map(await stampsOf(result.dependencies)), result });
  return result;
}

function toModel(target: DiagramRef | DiagramModel | string): DiagramModel {
  if (typeof target !== 'string') return 'model' in target ? target.model : target;
  if (target.startsWith('preset:')) return { kind: 'preset', name: target.slice('preset:'.length) as PresetName };
  return { kind: 'file', path: resolve(target) };
}

function loadPreset(name: string): LoadModelResult {
  const file = `preset:${name}`;
  if (!Object.hasOwn(presets, name)) {
    const message = `unknown preset "${name}": expected one of ${Object.keys(presets).map((p) => `preset:${p}`).join(', ')}`;
    return { ok: false, file, errors: [{ file, path: '', message, code: 'unknown-preset', severity: 'error' }], warnings: [], dependencies: [] };
  }
  return { ok: true, file, cluster: presets[name as PresetName], warnings: [], dependencies: [] };
}

async function loadFile(file: string, timeoutMs: number): Promise<LoadModelResult> {
  const ext = extname(file).toLowerCase();
  if (!MODULES.has(ext) && !DATA.has(ext)) {
    const message = `expected a TypeScript or JavaScript module (${MODULE_EXTENSIONS.join(', ')}) or a YAML or JSON model (${DATA_EXTENSIONS.join(', ')}), got "${ext || 'no extension'}"`;
    return { ok: false, file, errors: [{ file, path: '', message, code: 'unknown-format', severity: 'error' }], warnings: [], dependencies: [file] };
  }
  // Read first, whatever the format, so that a missing, unreadable or folder "model" is one
  // problem worded one way rather than a compile error for a module.
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const message = `could not read the model file: ${unreadableReason(cause)}`;
    return { ok: false, file, errors: [{ file, path: '', message, code: 'unreadable', severity: 'error' }], warnings: [], dependencies: [file] };
  }
  if (DATA.has(ext)) return { ...parseClusterText(bytes, file), dependencies: [file] };

  // The compiler and the worker load only for module models: YAML and presets never pay for them.
  const { compileModule } = await import('./_compile-module.js');
  const compiled = await compileModule(file);
  const { dependencies } = compiled;
  if (!compiled.ok) return { ok: false, file, errors: compiled.errors, warnings: [], dependencies };
  const { runModule } = await import('./_run-module.js');
  const run = await runModule(compiled.code, file, { timeoutMs });
  if (!run.ok) return { ok: false, file, errors: run.errors, warnings: [], dependencies };
  if (run.cluster === undefined) {
    const found = run.exportNames;
    const message = `expected the module to export its cluster as the default export or as "cluster" (such as "export const cluster = defineCluster({ … })"), found ${found.length > 0 ? `only ${found.map((k) => `"${k}"`).join(', ')}` : 'no exports'}`;
    return { ok: false, file, errors: [{ file, path: '', message, code: 'no-cluster-export', severity: 'error' }], warnings: [], dependencies };
  }
  const parsed = parseCluster(run.cluster);
  const located = <P extends object>(p: P) => ({ ...p, file });
  return parsed.ok
    ? { ok: true, file, cluster: parsed.cluster, warnings: parsed.warnings.map(located), dependencies }
    : { ok: false, file, errors: parsed.errors.map(located), warnings: parsed.warnings.map(located), dependencies };
}

function unreadableReason(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  return (cause as Error).message;
}

// KUBEGRAM_MODEL_TIMEOUT_MS gives module models more time on a slow machine (or less in a test),
// wherever loadModel runs: the command line, the course site, the decks.
function fromEnvironment(): LoadModelOptions {
  const timeoutMs = Number(process.env.KUBEGRAM_MODEL_TIMEOUT_MS);
  return Number.isFinite(timeoutMs) && timeoutMs > 0 ? { timeoutMs } : {};
}

async function stampsOf(files: string[]): Promise<[string, string][]> {
  return Promise.all(
    files.map(async (f): Promise<[string, string]> => {
      try {
        const s = await stat(f);
        return [f, `${s.mtimeMs}:${s.size}`];
      } catch {
        return [f, 'missing'];
      }
    }),
  );
}
