// Builds the playground into apps/playground/dist/; the course site's build copies it to /playground/.
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './build-playground.ts';

const started = performance.now();
try {
  const { outDir, bundle } = await buildPlayground({ outDir: fileURLToPath(new URL('../dist', import.meta.url)) });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const chunks = bundle.chunks.map((c) => `${c.name} ${kb(c.bytes)} (${kb(c.gzipBytes)} gzipped)`).join(', ');
  console.log(
    `playground: ${outDir}: ${bundle.entry.name} ${kb(bundle.entry.bytes)} (${kb(bundle.entry.gzipBytes)} gzipped), loaded later: ${chunks} in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`playground: build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
