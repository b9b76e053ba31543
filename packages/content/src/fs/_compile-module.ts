import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Message } from 'esbuild';
import type { FileProblem } from '@kubegram/model/load';

/** A TypeScript or JavaScript module run for its exports, or the problems that stopped it. */
export type CompiledModule =
  | { ok: true; exports: Record<string, unknown>; dependencies: string[] }
  | { ok: false; errors: FileProblem[]; dependencies: string[] };

/**
 * Bundles a module's local imports with esbuild (bare imports stay imports), writes the result
 * beside the source so those bare imports resolve from the model's own folder, imports it and
 * deletes it. No type stripping by Node is needed, so this runs on every supported Node.
 */
export async function compileModule(file: string): Promise<CompiledModule> {
  const folder = dirname(file);
  let code: string;
  let dependencies: string[];
  try {
    const out = await build({
      entryPoints: [file],
      absWorkingDir: folder,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      write: false,
      metafile: true,
      sourcemap: 'inline',
      sourcesContent: false,
      logLevel: 'silent',
    });
    code = out.outputFiles[0]?.text ?? '';
    dependencies = Object.keys(out.metafile.inputs).map((input) => resolve(folder, input));
  } catch (cause) {
    const messages = (cause as { errors?: Message[] }).errors;
    if (!Array.isArray(messages) || messages.length === 0) {
      return { ok: false, errors: [problem(file, `could not compile the model: ${(cause as Error).message}`, 'compile')], dependencies: [file] };
    }
    const errors = messages.map((m) => {
      const where = m.location ? resolve(folder, m.location.file) : file;
      return { ...problem(where, `could not compile the model: ${m.text}`, 'compile'), ...(m.location ? { line: m.location.line, column: m.location.column + 1 } : {}) };
    });
    return { ok: false, errors, dependencies: [...new Set([file, ...errors.map((e) => e.file)])] };
  }

  // A dot-name with a random part: hidden from most tools, and never shared by two loads.
  const temp = resolve(folder, `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.mjs`);
  try {
    await writeFile(temp, code);
    const exports = (await import(pathToFileURL(temp).href)) as Record<string, unknown>;
    return { ok: true, exports, dependencies };
  } catch (cause) {
    return { ok: false, errors: thrown(file, cause), dependencies };
  } finally {
    await rm(temp, { force: true });
  }
}

function problem(file: string, message: string, code: string): FileProblem {
  return { file, path: '', message, code, severity: 'error' };
}

// `defineCluster` throws a ClusterError that lists every problem with its model path; keep them.
function thrown(file: string, cause: unknown): FileProblem[] {
  const problems = (cause as { problems?: { path: string; message: string; code?: string }[] } | null)?.problems;
  if (Array.isArray(problems) && problems.length > 0) {
    return problems.map((p) => ({ file, path: p.path, message: p.message, code: p.code ?? 'model', severity: 'error' as const }));
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  return [problem(file, `the model module threw while loading: ${message}`, 'module-threw')];
}
