// Builds the course site from content/ into apps/docs/dist/.
import { fileURLToPath } from 'node:url';
import { buildSite, copyPlayground } from '@kubegram/site';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const started = performance.now();
try {
  const report = await buildSite({
    contentDir: root('content'),
    outDir: root('apps/docs/dist'),
    // Kept between builds, and among turbo's outputs, so a build renders only the lessons that
    // changed; it holds exactly the last build's pages.
    cache: { dir: root('apps/docs/.cache/kubegram'), maxAgeMs: 0 },
    siteTitle: 'Kubernetes Architecture',
    intro: 'A course on how a Kubernetes cluster is built and how its parts work together, with every diagram drawn from a cluster model.',
    // This course's own extras: the playground copied in below, the API reference typedoc writes next.
    headerLinks: [
      { label: 'Playground', href: 'playground/index.html' },
      { label: 'API reference', href: 'api/index.html' },
    ],
  });
  for (const warning of report.warnings) console.warn(`docs: ${warning}`);
  await copyPlayground(report.outDir, root('apps/playground/dist'));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `docs: ${report.pages.length} pages (${report.rendered.length} rendered, the others cached), ${report.diagrams} diagrams in ${report.outDir} ` +
      `(client script ${kb(report.client.bytes)}, ${kb(report.client.gzipBytes)} gzipped) in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`docs: build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
