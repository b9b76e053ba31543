import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** One file of the bundled script, by its name in the output folder. */
export interface BundleFile {
  name: string;
  code: string;
  bytes: number;
  gzipBytes: number;
}

/** The playground's script: the entry module first, then the chunks it loads later (the editor). */
export interface PlaygroundBundle {
  entry: BundleFile;
  chunks: BundleFile[];
}

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

// `@kubegram/model/load` also holds the file loader, which imports node:fs; the page needs only
// the text parser, so the bundle takes the browser-safe modules of that entry and nothing else.
const MODEL_SRC = join(dirname(createRequire(import.meta.url).resolve('@kubegram/model/package.json')), 'src/load');
const browserSafeLoad: Plugin = {
  name: 'kubegram-model-load-browser',
  setup(b) {
    b.onResolve({ filter: /^@kubegram\/model\/load$/ }, () => ({ path: 'load', namespace: 'kubegram-load' }));
    b.onLoad({ filter: /.*/, namespace: 'kubegram-load' }, () => ({
      contents: [
        `export { parseClusterText } from ${JSON.stringify(join(MODEL_SRC, 'parse-cluster-text.ts'))};`,
        `export { MAX_ALIAS_COUNT, MAX_DEPTH, yamlToValue } from ${JSON.stringify(join(MODEL_SRC, 'yaml-to-value.ts'))};`,
      ].join('\n'),
      resolveDir: MODEL_SRC,
      loader: 'ts',
    }));
    // A node: import reaching the page would fail there; fail the build instead.
    b.onResolve({ filter: /^node:/ }, (args) => ({ errors: [{ text: `${args.importer} imports ${args.path}, which a browser does not have` }] }));
  },
};

// zod re-exports every one of its ~40 message locales from its main entry, more than half of its
// weight in the page; the model speaks English only, so the bundle keeps that one locale.
const englishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

const file = (name: string, code: string): BundleFile => ({ name, code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length });

/**
 * Bundles the playground's script as ES modules: `playground.js`, which draws the first picture,
 * and a chunk with the editor that it imports once the page is up.
 */
export async function bundlePlayground(): Promise<PlaygroundBundle> {
  const result = await build({
    entryPoints: { playground: ENTRY },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['@kubegram/source'],
    outdir: 'out',
    chunkNames: '[name]-[hash]',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    plugins: [browserSafeLoad, englishOnly],
  });
  const files = result.outputFiles.map((f) => file(f.path.slice(f.path.lastIndexOf('/') + 1), f.text));
  const entry = files.find((f) => f.name === 'playground.js');
  if (!entry) throw new Error('bundlePlayground: esbuild wrote no playground.js');
  return { entry, chunks: files.filter((f) => f !== entry) };
}
