// Bundles src/browser.ts into one minified ES module for pages that load it with
// <script type="module"> and no bundler, and prints its size (the PNG path is not in it).
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const outfile = new URL('../dist/browser/kubegram.js', import.meta.url).pathname;
mkdirSync(new URL('../dist/browser/', import.meta.url), { recursive: true });
await build({
  entryPoints: [new URL('../src/browser.ts', import.meta.url).pathname],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  conditions: ['@kubegram/source'],
  // The PNG renderer is native code: its format entry loads it through this Node-only entry.
  external: ['@kubegram/diagram/png'],
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
const code = readFileSync(outfile);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`browser build: dist/browser/kubegram.js ${kb(code.length)} minified, ${kb(gzipSync(code, { level: 9 }).length)} gzipped`);
