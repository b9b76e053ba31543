import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { browserOnly, englishOnly } from './_esbuild-plugins.ts';

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
    plugins: [browserOnly, englishOnly],
  });
  const files = result.outputFiles.map((f) => file(f.path.slice(f.path.lastIndexOf('/') + 1), f.text));
  const entry = files.find((f) => f.name === 'playground.js');
  if (!entry) throw new Error('bundlePlayground: esbuild wrote no playground.js');
  return { entry, chunks: files.filter((f) => f !== entry) };
}
