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

/** The playground's script: the entry module first, the render worker's, then the chunks they load (the editor among them). */
export interface PlaygroundBundle {
  entry: BundleFile;
  worker: BundleFile;
  chunks: BundleFile[];
}

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));
const WORKER = fileURLToPath(new URL('./client/render-worker.ts', import.meta.url));

const file = (name: string, code: string): BundleFile => ({ name, code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length });

/**
 * Bundles the playground's script as ES modules: `playground.js`, the page's wiring,
 * `render-worker.js`, the module worker that draws the pictures (it shares the model and diagram
 * chunks with the page), and a chunk with the editor that the page imports once it is up.
 */
export async function bundlePlayground(): Promise<PlaygroundBundle> {
  const result = await build({
    entryPoints: { playground: ENTRY, 'render-worker': WORKER },
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
  const worker = files.find((f) => f.name === 'render-worker.js');
  if (!entry || !worker) throw new Error(`bundlePlayground: esbuild wrote no ${entry ? 'render-worker.js' : 'playground.js'}`);
  return { entry, worker, chunks: files.filter((f) => f !== entry && f !== worker) };
}
