import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
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

  it('buildCourse empties the folder before the decks, which build alongside the pages, write into it', async () => {
    const out = await outDir();
    await mkdir(join(out, 'slides'), { recursive: true });
    await writeFile(join(out, 'slides/stale.html'), 'an old deck');
    await writeFile(join(out, 'old.html'), 'an old page');
    const report = await buildCourse({ contentDir: fixture('course'), outDir: out, pdf: false });
    expect(existsSync(join(out, 'slides/stale.html'))).toBe(false);
    expect(existsSync(join(out, 'old.html'))).toBe(false);
    for (const deck of report.decks.decks) expect(readFileSync(deck.html, 'utf8')).toContain('<html');
    for (const page of report.site.pages) expect(existsSync(join(out, page))).toBe(true);
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

describe('buildCourse with a cache', () => {
  const lesson = (order: number, title: string, body: string) =>
    `---\nid: "${order}"\norder: ${order}\ntitle: '${title}'\nexcerpt: ''\ncoverImage: ''\nmodule: 'Basics'\nvideoId: ''\nduration: ''\n---\n\n${body}\n`;
  const model = (pod: string) => `id: shop\nnodes:\n  - { id: cp-1, role: control-plane }\n  - id: worker-1\n    role: worker\n    pods:\n      - { id: ${pod}, containers: [{ image: nginx:1.27 }] }\n`;
  const diagram = (file: string) => `## Inside\n\nThe kubelet starts the pods.\n\n![A worker](diagrams/w.svg "kubegram: ../models/${file}#worker node=worker-1")`;

  async function makeCourse(): Promise<string> {
    const dir = join(await mkdtemp(join(tmpdir(), 'kubegram-cached-')), 'course');
    await mkdir(join(dir, 'basics'), { recursive: true });
    await mkdir(join(dir, 'models'));
    await writeFile(join(dir, 'models', 'one.yaml'), model('web-1'));
    await writeFile(join(dir, 'models', 'two.yaml'), model('api-1'));
    await writeFile(join(dir, 'basics', 'a.md'), lesson(1, 'Alpha', diagram('one.yaml')));
    await writeFile(join(dir, 'basics', 'b.md'), lesson(2, 'Beta', diagram('two.yaml')));
    await writeFile(join(dir, 'basics', 'c.md'), lesson(3, 'Gamma', 'No diagram here.'));
    return dir;
  }

  // Every file of a built folder by its path, to compare two builds byte for byte.
  function filesOf(dir: string): Map<string, string> {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
    return new Map(files.map((d) => [join(d.parentPath, d.name).slice(dir.length + 1), readFileSync(join(d.parentPath, d.name), 'latin1')]));
  }

  async function build(dir: string, cacheDir: string, title = 'Course') {
    const out = await outDir();
    const report = await buildCourse({ contentDir: dir, outDir: out, title, pdf: false, cache: { dir: cacheDir } });
    return { out, pages: report.site.rendered, decks: report.decks.decks.filter((d) => d.rendered).map((d) => d.slug) };
  }

  it('buildCourse renders nothing again when nothing changed, and writes the same bytes as a build without a cache', async () => {
    const dir = await makeCourse();
    const cacheDir = join(dir, '..', 'cache');
    const cold = await build(dir, cacheDir);
    expect(cold.pages).toEqual(['basics/a.html', 'basics/b.html', 'basics/c.html']);
    expect(cold.decks).toEqual(['a', 'b', 'c']);
    const warm = await build(dir, cacheDir);
    expect(warm.pages).toEqual([]);
    expect(warm.decks).toEqual([]);
    const uncached = await outDir();
    await buildCourse({ contentDir: dir, outDir: uncached, title: 'Course', pdf: false });
    expect(filesOf(warm.out)).toEqual(filesOf(uncached));
    expect(filesOf(cold.out)).toEqual(filesOf(uncached));
  });

  it('buildCourse renders again exactly the page and deck of an edited lesson', async () => {
    const dir = await makeCourse();
    const cacheDir = join(dir, '..', 'cache');
    await build(dir, cacheDir);
    await writeFile(join(dir, 'basics', 'b.md'), lesson(2, 'Beta', `${diagram('two.yaml')}\n\nOne more sentence.`));
    const edited = await build(dir, cacheDir);
    expect(edited.pages).toEqual(['basics/b.html']);
    expect(edited.decks).toEqual(['b']);
    expect(readFileSync(join(edited.out, 'basics/b.html'), 'utf8')).toContain('One more sentence.');
    expect(readFileSync(join(edited.out, 'slides/basics/b.html'), 'utf8')).toContain('One more sentence.');
  });

  it('buildCourse renders again the lessons drawing from an edited model, and only those', async () => {
    const dir = await makeCourse();
    const cacheDir = join(dir, '..', 'cache');
    await build(dir, cacheDir);
    await writeFile(join(dir, 'models', 'one.yaml'), model('shop-1'));
    const edited = await build(dir, cacheDir);
    expect(edited.pages).toEqual(['basics/a.html']);
    expect(edited.decks).toEqual(['a']);
    expect(readFileSync(join(edited.out, 'basics/a.html'), 'utf8')).toContain('shop-1');
  });

  it('buildCourse renders every page again when an option or a title in the navigation changes, and only the decks that show it', async () => {
    const dir = await makeCourse();
    const cacheDir = join(dir, '..', 'cache');
    await build(dir, cacheDir);
    const retitled = await build(dir, cacheDir, 'Renamed');
    expect(retitled.pages).toHaveLength(3);
    expect(retitled.decks).toEqual(['a', 'b', 'c']);
    await writeFile(join(dir, 'basics', 'c.md'), lesson(3, 'Gamma rays', 'No diagram here.'));
    const renamed = await build(dir, cacheDir, 'Renamed');
    expect(renamed.pages).toEqual(['basics/a.html', 'basics/b.html', 'basics/c.html']);
    expect(renamed.decks).toEqual(['c']);
    expect(readFileSync(join(renamed.out, 'basics/a.html'), 'utf8')).toContain('Gamma rays');
  });
});
