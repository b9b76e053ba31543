// Bundles the command line into dist/ with esbuild: one file to load instead of hundreds of
// modules is most of a short command's start-up time. Two bundles of the same sources:
// - dist/cli.cjs, what `kubegram` runs: one CommonJS script, which the launcher (bin/kubegram.cjs)
//   runs through V8's code cache. Modules a command reaches only through import() (the module
//   compiler, PNG rendering, content loading, the YAML reader) are bundled but wait in a function
//   until imported, so a command evaluates only what it uses.
// - dist/index.js and its chunks, the package's programmatic API (`main`, `importCluster`), as ES
//   modules split by esbuild so that an importer loads only what it calls.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { builtinsByRequire } from './_builtins-by-require.mjs';
import { skipBarrels } from './_skip-barrels.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Bundled CommonJS dependencies and Node's built-ins call require(); give the ES module output one.
const BANNER = "import { createRequire as __kubegramRequire } from 'node:module'; const require = __kubegramRequire(import.meta.url);";

/** Builds dist/cli.cjs and dist/index.js; `outdir` lets tests build into a folder of their own. */
export async function buildCli(outdir = `${root}dist`) {
  await rm(outdir, { recursive: true, force: true });
  const shared = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20.19',
    // Workspace packages are bundled from their TypeScript sources, so the bundle never lags them.
    conditions: ['@kubegram/source'],
    // Native or path-dependent packages stay imports: esbuild's binary, resvg and its fonts, and the
    // site and deck builders, which read their stylesheets, page script and Marp from their own folders.
    external: ['esbuild', '@resvg/resvg-js', '@kubegram/diagram/png', '@kubegram/site', '@kubegram/slides'],
    // A command loads only the modules it uses, not every module a package's index.ts lists, and
    // only the parts of Node's built-in modules it reads.
    plugins: [skipBarrels(), builtinsByRequire()],
    minify: true,
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  await build({
    ...shared,
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    // A script has no import.meta: the bundle's own URL stands in for it, as the chunks' did.
    define: { 'import.meta.url': '__kubegramUrl' },
    banner: { js: 'var __kubegramUrl=require("node:url").pathToFileURL(__filename).href;' },
  });
  await build({ ...shared, entryPoints: { index: 'src/index.ts' }, outdir, splitting: true, format: 'esm', banner: { js: BANNER } });
  await dropUnusedBanners(outdir);
}

/**
 * Empties the banner's line in every ES module chunk that never names `require` (most of them):
 * making a require function costs each chunk an importer loads a little. The line stays, so the
 * source maps still match.
 */
async function dropUnusedBanners(outdir) {
  for (const name of await readdir(outdir)) {
    if (!name.endsWith('.js')) continue;
    const code = await readFile(`${outdir}/${name}`, 'utf8');
    const rest = code.slice(BANNER.length);
    if (code.startsWith(`${BANNER}\n`) && !/\brequire\b/.test(rest)) await writeFile(`${outdir}/${name}`, rest);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
