import { extname, resolve } from 'node:path';
import type { LoadModelResult } from '@kubegram/content/fs';
import { presets } from '@kubegram/model';
import type { FileProblem } from '@kubegram/model/load';
import { inputError, usageError } from './_errors.js';
import { displayPath, readInput } from './_io.js';
import type { CliIo } from './types.js';

const CODE_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

/**
 * Loads what a `<model>` argument names: a preset, standard input (`-`, YAML or JSON), a YAML or
 * JSON file, or a TypeScript or JavaScript module. Only the last pulls in the module compiler, so
 * the common paths start fast. A file that cannot be read at all is an input error (exit 2).
 */
export async function loadModelArg(command: string, arg: string | undefined, preset: string | undefined, io: CliIo): Promise<LoadModelResult> {
  if (preset !== undefined) {
    if (arg !== undefined) throw usageError(command, `give either a model file or --preset, not both`);
    const cluster = Object.hasOwn(presets, preset) ? presets[preset as keyof typeof presets] : undefined;
    if (cluster === undefined) throw usageError(command, `--preset must be one of ${Object.keys(presets).join(', ')}, got "${preset}"`);
    return { ok: true, file: `preset:${preset}`, cluster, warnings: [], dependencies: [] };
  }
  if (arg === undefined) throw usageError(command, 'missing <model>: a .ts, .js, .yaml or .json file, "-" for standard input, or --preset <name>');
  if (CODE_EXTENSIONS.has(extname(arg).toLowerCase())) return loadCodeModel(arg, io);
  const { bytes, file } = await readInput(arg, io);
  const { parseClusterText } = await import('@kubegram/model/load');
  return { ...parseClusterText(bytes, file), dependencies: arg === '-' ? [] : [resolve(io.cwd, arg)] };
}

async function loadCodeModel(arg: string, io: CliIo): Promise<LoadModelResult> {
  const path = resolve(io.cwd, arg);
  const file = displayPath(arg, io.cwd);
  const { loadModel } = await import('@kubegram/content/fs');
  const result = await loadModel(path);
  const dependencies = result.dependencies;
  const relabel = (p: FileProblem): FileProblem => ({ ...p, file: p.file === path ? file : displayPath(p.file, io.cwd) });
  if (result.ok) return { ok: true, file, cluster: result.cluster, warnings: result.warnings.map(relabel), dependencies };
  const unreadable = result.errors.find((e) => e.code === 'unreadable');
  if (unreadable) throw inputError(`${file}: ${unreadable.message}`);
  return { ok: false, file, errors: result.errors.map(relabel), warnings: result.warnings.map(relabel), dependencies };
}
