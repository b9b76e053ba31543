// Bundles the command line into dist/ with esbuild: one file to load instead of hundreds of
// modules is most of a short command's start-up time. Commands load their heavy parts (the
// module compiler, PNG rendering, content loading) as separate chunks, on demand.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { builtinsByRequire } from './_builtins-by-require.mjs';
import { skipBarrels } from './_skip-barrels.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/cli.js and dist/index.js; `outdir` lets tests build into a folder of their own. */
export async function buildCli(outdir = `${root}dist`) {
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // Workspace packages are bundled from their TypeScript sources, so the bundle never lags them.
    conditions: ['@kubegram/source'],
    // Native or path-dependent packages stay imports: esbuild's binary, resvg and its fonts, and the
    // site and deck builders, which read their stylesheets, page script and Marp from their own folders.
    external: ['esbuild', '@resvg/resvg-js', '@kubegram/diagram/png', '@kubegram/site', '@kubegram/slides'],
    // Bundled CommonJS dependencies may call require(); give the ES module output one.
    banner: { js: "import { createRequire as __kubegramRequire } from 'node:module'; const require = __kubegramRequire(import.meta.url);" },
    // A command loads only the modules it uses, not every module a package's index.ts lists, and
    // only the parts of Node's built-in modules it reads.
    plugins: [skipBarrels(), builtinsByRequire()],
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
