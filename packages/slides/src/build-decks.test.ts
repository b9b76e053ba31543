import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BuildError } from './build-error.js';
import { buildDecks } from './build-decks.js';

const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));
const outDir = async () => join(await mkdtemp(join(tmpdir(), 'kubegram-decks-')), 'dist');

describe('buildDecks', () => {
  test('buildDecks writes each lesson as Marp Markdown and HTML under <module>/<lesson>, and an index in order', async () => {
    const out = await outDir();
    const report = await buildDecks({ contentDir: fixture('course'), outDir: out, pdf: false });
    expect(report.decks.map((d) => `${d.moduleSlug}/${d.slug}`)).toEqual(['basics/nodes', 'basics/clusters']);
    for (const d of report.decks) {
      expect(readFileSync(d.markdown, 'utf8')).toMatch(/^---\nmarp: true\n/);
      expect(readFileSync(d.html, 'utf8')).toContain('bespoke');
    }
    // Title, agenda, nodes, diagram and one tour step each for kubelet, API server, container runtime.
    expect(report.decks[0]!.slides).toBe(7);
    const index = readFileSync(report.index, 'utf8');
    // In `order`, not by file name.
    expect(index).toMatch(/<h2>Basics<\/h2>[\s\S]*href="basics\/nodes.html">Nodes<[\s\S]*href="basics\/clusters.html">Clusters</);
    expect(index).not.toContain('.pdf"');
  });

  test('buildDecks without Chromium says so and still builds the HTML', async () => {
    const out = await outDir();
    const report = await buildDecks({ contentDir: fixture('course'), outDir: out, chromePath: '/nonexistent/chromium' });
    expect(report.pdfSkipped).toMatch(/^PDF export needs Chromium, and there is none at \/nonexistent\/chromium/);
    expect(report.decks.every((d) => existsSync(d.html) && d.pdf === undefined)).toBe(true);
  });

  test('buildDecks fails on bad frontmatter, naming the file, the field and what was expected, and writes nothing', async () => {
    const out = await outDir();
    const run = buildDecks({ contentDir: fixture('bad'), outDir: out, pdf: false });
    await expect(run).rejects.toBeInstanceOf(BuildError);
    const error = (await run.catch((e: unknown) => e)) as BuildError;
    expect(error.problems.some((p) => p.includes('basics/nodes.md') && p.includes('order') && /number/.test(p))).toBe(true);
    expect(error.problems.some((p) => p.includes('basics/nodes.md') && p.includes('duration'))).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
