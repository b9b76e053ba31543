// Builds the playground into apps/playground/dist/; the course site's build copies it to /playground/.
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './build-playground.ts';
import type { BundleFile } from './bundle-playground.ts';

const started = performance.now();
try {
  const { outDir, bundle } = await buildPlayground({ outDir: fileURLToPath(new URL('../dist', import.meta.url)) });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const size = (f: BundleFile) => `${f.name} ${kb(f.bytes)} (${kb(f.gzipBytes)} gzipped)`;
  const all = [bundle.entry, bundle.worker, ...bundle.chunks];
  console.log(
    `playground: ${outDir}: ${size(bundle.entry)}, worker ${size(bundle.worker)}, loaded later: ${bundle.chunks.map(size).join(', ')}; ${kb(all.reduce((n, f) => n + f.gzipBytes, 0))} gzipped in all, in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`playground: build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
