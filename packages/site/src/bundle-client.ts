import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The bundled client script and its size. */
export interface ClientBundle {
  code: string;
  bytes: number;
  gzipBytes: number;
}

// Always the TypeScript source (published with the package), never tsc's output: esbuild names
// minified symbols by how the input is written, so bundling the compiled files would change the bytes.
const ENTRY = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './client/main.ts' : '../src/client/main.ts', import.meta.url));

/** Bundles and minifies the client script (`src/client/main.ts`) into one self-contained file. */
export async function bundleClient(): Promise<ClientBundle> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length };
}
