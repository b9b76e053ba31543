import { isBuiltin } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Message, type Plugin } from 'esbuild';
import type { FileProblem } from '@kubegram/model/load';

/** A TypeScript or JavaScript module bundled into one ES module's text, or the problems that stopped it. */
export type CompiledModule =
  | { ok: true; code: string; dependencies: string[] }
  | { ok: false; errors: FileProblem[]; dependencies: string[] };

/**
 * Bundles a module and its local imports with esbuild into one ES module held in memory. Package
 * imports stay imports, but of the absolute file each resolves to from the model's own folder, so
 * the text runs from anywhere (a `data:` URL in a worker) and nothing is ever written to disk.
 * No type stripping by Node is needed, so this runs on every supported Node.
 */
export async function compileModule(file: string): Promise<CompiledModule> {
  const folder = dirname(file);
  const url = pathToFileURL(file).href;
  try {
    const out = await build({
      entryPoints: [file],
      absWorkingDir: folder,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Node's own conditions only (import or require, node, default): no bundler-only "module".
      conditions: [],
      plugins: [packagesFromModelFolder],
      // The module runs from a `data:` URL; where it reads its own folder, it means the model's.
      define: {
        'import.meta.url': JSON.stringify(url),
        'import.meta.filename': JSON.stringify(file),
        'import.meta.dirname': JSON.stringify(folder),
      },
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const dependencies = Object.keys(out.metafile.inputs).map((input) => resolve(folder, input));
    return { ok: true, code: out.outputFiles[0]?.text ?? '', dependencies };
  } catch (cause) {
    const messages = (cause as { errors?: Message[] }).errors;
    if (!Array.isArray(messages) || messages.length === 0) {
      return { ok: false, errors: [problem(file, `could not compile the model: ${(cause as Error).message}`)], dependencies: [file] };
    }
    const errors = messages.map((m) => {
      const where = m.location ? resolve(folder, m.location.file) : file;
      return { ...problem(where, `could not compile the model: ${m.text}`), ...(m.location ? { line: m.location.line, column: m.location.column + 1 } : {}) };
    });
    return { ok: false, errors, dependencies: [...new Set([file, ...errors.map((e) => e.file)])] };
  }
}

// Marks the plugin's own look-ups so that they do not come back to it.
const LOOKUP = Symbol('lookup');

/**
 * Resolves each package import (`@kubegram/model`, `yaml`) the way Node would from the importing
 * file, and keeps it external as that file's absolute URL; Node's built-ins stay as they are.
 */
const packagesFromModelFolder: Plugin = {
  name: 'packages-from-model-folder',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === LOOKUP || isBuiltin(args.path) || isAbsolute(args.path) || /^[a-z][a-z0-9+.-]+:/i.test(args.path)) return undefined;
      const found = await pluginBuild.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: LOOKUP });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

function problem(file: string, message: string): FileProblem {
  return { file, path: '', message, code: 'compile', severity: 'error' };
}
