// Builds a deck per lesson of content/ into apps/slides/dist/: Marp Markdown, HTML and PDF.
import { fileURLToPath } from 'node:url';
import { buildDecks } from '@kubegram/slides';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const started = performance.now();
try {
  const report = await buildDecks({
    contentDir: root('content'),
    outDir: root('apps/slides/dist'),
    pdf: process.env['KUBEGRAM_PDF'] !== '0',
    // Kept between builds, and among turbo's outputs, so a build makes only the decks and PDFs of
    // the lessons that changed; it holds exactly the last build's.
    cache: { dir: root('apps/slides/.cache/kubegram'), maxAgeMs: 0 },
  });
  const slides = report.decks.reduce((n, d) => n + d.slides, 0);
  const pdfs = report.decks.filter((d) => d.pdf !== undefined).length;
  const made = report.decks.filter((d) => d.rendered).length;
  const printed = report.decks.filter((d) => d.printed).length;
  console.log(`slides: ${report.decks.length} decks (${made} made, the others cached), ${slides} slides, ${pdfs} PDFs (${printed} printed), index at ${report.index} in ${Math.round(performance.now() - started)} ms`);
  if (report.pdfSkipped) console.warn(`slides: no PDFs: ${report.pdfSkipped}`);
} catch (error) {
  console.error(`slides: build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
