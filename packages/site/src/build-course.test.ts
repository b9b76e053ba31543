import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildError } from '@kubegram/slides';
import { loadCourse } from '@kubegram/content/fs';
import { describe, expect, it, vi } from 'vitest';
import { buildCourse } from './build-course.ts';

// Counts the reads of a course, to see the pages and the decks share one.
vi.mock('@kubegram/content/fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('@kubegram/content/fs')>();
  return { ...real, loadCourse: vi.fn(real.loadCourse) };
});

const fixture = (name: string) => fileURLToPath(new URL(`../../slides/test/fixtures/${name}`, import.meta.url));
const outDir = async () => join(await mkdtemp(join(tmpdir(), 'kubegram-course-')), 'dist');

describe('buildCourse', () => {
  it('buildCourse writes the pages and, under slides/, the decks every page links to', async () => {
    const out = await outDir();
    const stages: string[] = [];
    const report = await buildCourse({ contentDir: fixture('course'), outDir: out, title: 'Basics 101', pdf: false, onStage: (s) => stages.push(s) });
    expect(stages).toEqual(['pages', 'decks']);
    expect(report.site.pages).toEqual(['index.html', 'basics/nodes.html', 'basics/clusters.html']);
    expect(report.decks.decks.map((d) => d.html)).toEqual([join(out, 'slides/basics/nodes.html'), join(out, 'slides/basics/clusters.html')]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<h1>Basics 101</h1>');
    expect(readFileSync(join(out, 'slides/index.html'), 'utf8')).toContain('<title>Basics 101: slide decks</title>');
    const page = readFileSync(join(out, 'basics/nodes.html'), 'utf8');
    expect(page).toContain('href="../slides/basics/nodes.html"');
  });

  it('buildCourse reads and parses the course once, for the pages and the decks alike', async () => {
    vi.mocked(loadCourse).mockClear();
    const report = await buildCourse({ contentDir: fixture('course'), outDir: await outDir(), pdf: false });
    expect(vi.mocked(loadCourse)).toHaveBeenCalledTimes(1);
    const { modules } = await vi.mocked(loadCourse).mock.results[0]!.value;
    expect(report.decks.decks.map((d) => d.lesson)).toEqual(modules.flatMap((m: { lessons: unknown[] }) => m.lessons));
    expect(report.decks.decks[0]!.lesson).toBe(modules[0].lessons[0]);
  });

  it('buildCourse links no page this course lacks: no header link unless one is given', async () => {
    const out = await outDir();
    await buildCourse({ contentDir: fixture('course'), outDir: out, pdf: false });
    for (const page of ['index.html', 'basics/nodes.html']) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html).not.toMatch(/href="[^"]*(playground|api)\//);
      expect(html).not.toContain('site-header__link');
    }
  });

  it('buildCourse puts the header links it is given on every page, relative to each', async () => {
    const out = await outDir();
    await buildCourse({ contentDir: fixture('course'), outDir: out, pdf: false, headerLinks: [{ label: 'Lab & notes', href: 'lab/index.html' }] });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<a class="site-header__link" href="lab/index.html">Lab &amp; notes</a></header>');
    expect(readFileSync(join(out, 'basics/nodes.html'), 'utf8')).toContain('<a class="site-header__link" href="../lab/index.html">Lab &amp; notes</a></header>');
  });

  it('buildCourse stops at a bad lesson with its file and line, writing nothing', async () => {
    const out = await outDir();
    const error = (await buildCourse({ contentDir: fixture('bad'), outDir: out, pdf: false }).catch((e: unknown) => e)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    expect(error.problems.some((p) => /bad[\\/]basics[\\/]nodes\.md:\d+:\d+: error: /.test(p))).toBe(true);
    expect(existsSync(out)).toBe(false);
  });
});
