import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { parseCluster, presets, type PresetName } from '@kubegram/model';
import { loadClusterFile } from '@kubegram/model/load';
import { DATA_EXTENSIONS, MODULE_EXTENSIONS } from '../model-extensions.js';
import type { DiagramModel, DiagramRef } from '../types.js';
import { compileModule } from './_compile-module.js';
import type { LoadModelOptions, LoadModelResult } from './types.js';

const DEFAULTS: Required<LoadModelOptions> = { cache: true };
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
  const options = { ...DEFAULTS, ...opts };
  const model = toModel(target);
  if (model.kind === 'preset') return loadPreset(model.name);

  const file = resolve(model.path);
  const cached = options.cache ? cache.get(file) : undefined;
  if (cached && (await stampsOf([...cached.stamps.keys()])).every(([f, s]) => cached.stamps.get(f) === s)) return cached.result;

  const result = await loadFile(file);
  const unreadable = !result.ok && result.errors.some((e) => e.code === 'unreadable');
  if (options.cache && !unreadable) cache.set(file, { stamps: new Map(await stampsOf(result.dependencies)), result });
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

async function loadFile(file: string): Promise<LoadModelResult> {
  const ext = extname(file).toLowerCase();
  if (DATA.has(ext)) return { ...(await loadClusterFile(file)), dependencies: [file] };
  if (!MODULES.has(ext)) {
    const message = `expected a TypeScript or JavaScript module (${MODULE_EXTENSIONS.join(', ')}) or a YAML or JSON model (${DATA_EXTENSIONS.join(', ')}), got "${ext || 'no extension'}"`;
    return { ok: false, file, errors: [{ file, path: '', message, code: 'unknown-format', severity: 'error' }], warnings: [], dependencies: [file] };
  }
  try {
    await stat(file);
  } catch {
    return { ok: false, file, errors: [{ file, path: '', message: 'could not read the model file: no such file', code: 'unreadable', severity: 'error' }], warnings: [], dependencies: [file] };
  }

  const compiled = await compileModule(file);
  const { dependencies } = compiled;
  if (!compiled.ok) return { ok: false, file, errors: compiled.errors, warnings: [], dependencies };
  const exported = clusterExport(compiled.exports);
  if (exported === undefined) {
    const found = Object.keys(compiled.exports);
    const message = `expected the module to export its cluster as the default export or as "cluster" (such as "export const cluster = defineCluster({ … })"), found ${found.length > 0 ? `only ${found.map((k) => `"${k}"`).join(', ')}` : 'no exports'}`;
    return { ok: false, file, errors: [{ file, path: '', message, code: 'no-cluster-export', severity: 'error' }], warnings: [], dependencies };
  }
  const parsed = parseCluster(exported);
  const located = <P extends object>(p: P) => ({ ...p, file });
  return parsed.ok
    ? { ok: true, file, cluster: parsed.cluster, warnings: parsed.warnings.map(located), dependencies }
    : { ok: false, file, errors: parsed.errors.map(located), warnings: parsed.warnings.map(located), dependencies };
}

function clusterExport(exports: Record<string, unknown>): unknown {
  const found = exports.default ?? exports.cluster;
  // A CommonJS module arrives as one default export holding `module.exports`; look inside it.
  if (typeof found === 'object' && found !== null && !('id' in found)) {
    const inner = found as Record<string, unknown>;
    if (inner.default !== undefined || inner.cluster !== undefined) return inner.default ?? inner.cluster;
  }
  return found;
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
