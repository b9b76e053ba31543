import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from './_run.js';

// A course of three lessons in two modules drawing from one model, also built by the consumer test.
const COURSE = fileURLToPath(new URL('../../../tests/consumer/fixtures/course/', import.meta.url));

function kubegram(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const files = (dir: string, ext: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => f.replaceAll('\\', '/')).sort();

const scratch = () => mkdtemp(join(tmpdir(), 'kubegram-course-e2e-'));
const NO_CHROMIUM = { CHROME_PATH: '/nonexistent/chromium' };

// The course in a scratch folder, its lesson "A request" with a cover image (its bytes returned).
async function courseWithCover(cwd: string): Promise<{ course: string; cover: string }> {
  const course = join(cwd, 'course');
  await cp(COURSE, course, { recursive: true });
  const lesson = join(course, 'running-apps', 'a-request.md');
  await writeFile(lesson, (await readFile(lesson, 'utf8')).replace("coverImage: ''", "coverImage: 'images/cover.svg'"));
  await mkdir(join(course, 'running-apps', 'images'));
  const cover = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>';
  await writeFile(join(course, 'running-apps', 'images', 'cover.svg'), cover);
  return { course, cover };
}

describe('kubegram build', () => {
  it('kubegram --help lists build and slides, and each has its own help', async () => {
    const cwd = await scratch();
    expect((await kubegram(['--help'], cwd)).stdout).toMatch(/\n {2}build {6}Build the course site and its slide decks from a folder of lessons\n {2}slides {5}Turn a lesson/);
    const build = await kubegram(['build', '--help'], cwd);
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/^Usage: kubegram build <dir> \[options\]\n/);
    expect(build.stdout).toContain('      --no-pdf ');
    const slides = await kubegram(['help', 'slides'], cwd);
    expect(slides.stdout).toMatch(/^Usage: kubegram slides <lesson.md\|dir> \[options\]\n/);
  });

  it('kubegram build <dir> writes a page per lesson and the front page, and the decks under slides/, with a one-line note when there is no Chromium', async () => {
    const cwd = await scratch();
    const result = await kubegram(['build', COURSE, '--title', 'Shop 101'], cwd, NO_CHROMIUM);
    expect(result.stderr).toContain('kubegram build: no PDFs: PDF export needs Chromium, and there is none at /nonexistent/chromium.');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('dist: 4 pages, 3 diagrams\ndist/slides/index.html: 3 decks, 13 slides, 0 PDFs\n');
    const out = join(cwd, 'dist');
    expect(files(out, '.html').filter((f) => !f.startsWith('slides/'))).toEqual(['getting-started/the-cluster.html', 'getting-started/the-worker.html', 'index.html', 'running-apps/a-request.html']);
    expect(files(join(out, 'slides'), '.html')).toEqual(['getting-started/the-cluster.html', 'getting-started/the-worker.html', 'index.html', 'running-apps/a-request.html']);
    expect(files(out, '.pdf')).toEqual([]);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('<h1>Shop 101</h1>');
    expect(await readFile(join(out, 'getting-started/the-cluster.html'), 'utf8')).toContain('href="../slides/getting-started/the-cluster.html"');
    // Not a terminal: no progress line redrawn with carriage returns.
    expect(result.stderr).not.toContain('\r');
  });

  it('kubegram build --no-pdf says nothing of Chromium, and a rebuild into the same folder replaces it', async () => {
    const cwd = await scratch();
    expect((await kubegram(['build', COURSE, '--no-pdf', '-o', 'site'], cwd)).code).toBe(0);
    await writeFile(join(cwd, 'site', 'stale.html'), 'old');
    const again = await kubegram(['build', COURSE, '--no-pdf', '-o', 'site'], cwd);
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('Chromium');
    expect(existsSync(join(cwd, 'site', 'stale.html'))).toBe(false);
  });

  it('kubegram build keeps its cache in node_modules/.cache/kubegram (or --cache), builds the same site from it, and refuses a cache inside --out', async () => {
    const cwd = await scratch();
    expect((await kubegram(['build', COURSE, '--no-pdf', '-o', 'cold', '--cache', 'c'], cwd)).code).toBe(0);
    expect(readdirSync(join(cwd, 'c')).sort()).toEqual(['deck', 'site-client', 'site-page']);
    expect((await kubegram(['build', COURSE, '--no-pdf', '-o', 'warm', '--cache', 'c'], cwd)).code).toBe(0);
    for (const f of files(join(cwd, 'cold'), '.html')) expect(await readFile(join(cwd, 'warm', f), 'utf8')).toBe(await readFile(join(cwd, 'cold', f), 'utf8'));
    expect((await kubegram(['build', COURSE, '--no-pdf', '-o', 'none'], cwd)).code).toBe(0);
    expect(existsSync(join(cwd, 'node_modules'))).toBe(false);
    await mkdir(join(cwd, 'node_modules'));
    expect((await kubegram(['build', COURSE, '--no-pdf', '-o', 'none'], cwd)).code).toBe(0);
    expect(readdirSync(join(cwd, 'node_modules', '.cache', 'kubegram'))).toContain('site-page');
    const inside = await kubegram(['build', COURSE, '--no-pdf', '-o', 'site', '--cache', 'site/cache'], cwd);
    expect([inside.code, inside.stderr]).toEqual([2, 'kubegram build: --cache site/cache: the build empties site first, and the cache is in it; choose a folder outside, such as --cache .cache/kubegram\n']);
  });

  it('kubegram build links no playground or API reference, and puts a lesson\'s cover beside its page and its deck', async () => {
    const cwd = await scratch();
    const { course, cover } = await courseWithCover(cwd);
    const result = await kubegram(['build', course, '--no-pdf'], cwd);
    expect(result.code).toBe(0);
    const out = join(cwd, 'dist');
    for (const page of files(out, '.html').filter((f) => !f.startsWith('slides/'))) {
      expect(await readFile(join(out, page), 'utf8')).not.toMatch(/href="[^"]*(playground|api)\//);
    }
    expect(await readFile(join(out, 'slides/running-apps/a-request.html'), 'utf8')).toContain('media/a-request/cover.svg');
    expect(await readFile(join(out, 'slides/running-apps/media/a-request/cover.svg'), 'utf8')).toBe(cover);
  });

  it('kubegram build on a bad lesson exits 2 naming file:line:column, and writes nothing', async () => {
    const cwd = await scratch();
    const course = join(cwd, 'course');
    await cp(COURSE, course, { recursive: true });
    const lesson = join(course, 'getting-started', 'the-worker.md');
    await writeFile(lesson, (await readFile(lesson, 'utf8')).replace("order: 2", "order: two"));
    const result = await kubegram(['build', 'course'], cwd, NO_CHROMIUM);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^kubegram build: 1 problem in the course:\n {2}.*getting-started[\\/]the-worker\.md:3:\d+: error: order: /);
    expect(existsSync(join(cwd, 'dist'))).toBe(false);
  });

  it('kubegram build refuses a missing folder, a file, and an --out that holds the lessons or unrelated files (exit 2)', async () => {
    const cwd = await scratch();
    const missing = await kubegram(['build', 'nowhere'], cwd);
    expect([missing.code, missing.stderr]).toEqual([2, 'kubegram build: nowhere: no such file or directory\n']);
    const file = await kubegram(['build', join(COURSE, 'models', 'shop.yaml')], cwd);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('expected a folder of lessons');
    const over = await kubegram(['build', COURSE, '--out', COURSE], cwd);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('it holds the lessons');
    await mkdir(join(cwd, 'mine'));
    await writeFile(join(cwd, 'mine', 'notes.txt'), 'keep me');
    const busy = await kubegram(['build', COURSE, '--out', 'mine'], cwd);
    expect(busy.code).toBe(2);
    expect(await readFile(join(cwd, 'mine', 'notes.txt'), 'utf8')).toBe('keep me');
    const usage = await kubegram(['build'], cwd);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('missing <dir>');
  });
});

describe('kubegram slides', () => {
  it('kubegram slides <lesson.md> writes that lesson\'s deck into --out', async () => {
    const cwd = await scratch();
    const result = await kubegram(['slides', join(COURSE, 'running-apps', 'a-request.md'), '--out', 'decks'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^decks\/a-request\.html: \d+ slides\n$/);
    expect(readdirSync(join(cwd, 'decks')).sort()).toEqual(['a-request.html', 'a-request.md']);
  });

  it('kubegram slides <lesson.md> copies the lesson\'s cover beside the deck, and a missing one exits 2 naming coverImage', async () => {
    const cwd = await scratch();
    const { course, cover } = await courseWithCover(cwd);
    const lesson = join(course, 'running-apps', 'a-request.md');
    expect((await kubegram(['slides', lesson, '--out', 'decks'], cwd)).code).toBe(0);
    expect(await readFile(join(cwd, 'decks/a-request.html'), 'utf8')).toContain('media/a-request/cover.svg');
    expect(await readFile(join(cwd, 'decks/media/a-request/cover.svg'), 'utf8')).toBe(cover);
    await writeFile(lesson, (await readFile(lesson, 'utf8')).replace('images/cover.svg', 'images/none.svg'));
    const missing = await kubegram(['slides', lesson, '--out', 'other'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${lesson}: error: coverImage: no file at ${join(course, 'running-apps/images/none.svg')}`);
    expect(existsSync(join(cwd, 'other'))).toBe(false);
  });

  it('kubegram slides <dir> writes every deck and an index, and --pdf without Chromium is a note, not a failure', async () => {
    const cwd = await scratch();
    const result = await kubegram(['slides', COURSE, '--pdf'], cwd, NO_CHROMIUM);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('slides/index.html: 3 decks, 13 slides, 0 PDFs\n');
    expect(result.stderr).toContain('kubegram slides: no PDFs: PDF export needs Chromium');
    expect(files(join(cwd, 'slides'), '.md')).toEqual(['getting-started/the-cluster.md', 'getting-started/the-worker.md', 'running-apps/a-request.md']);
  });

  it('kubegram slides takes decks from the cache kubegram build keeps (--cache), for a folder and for one lesson, and --no-cache renders them again', async () => {
    const cwd = await scratch();
    const course = join(cwd, 'course');
    await cp(COURSE, course, { recursive: true });
    expect((await kubegram(['build', 'course', '--no-pdf', '--cache', 'c', '--title', 'Shop'], cwd)).code).toBe(0);
    // Every cached deck's HTML marked, so a deck read from the cache shows it.
    const decks = join(cwd, 'c', 'deck');
    for (const key of readdirSync(decks).filter((k) => !k.startsWith('.'))) {
      const html = join(decks, key, 'files', 'deck.html');
      await writeFile(html, `${await readFile(html, 'utf8')}<!-- cached -->`);
    }
    expect((await kubegram(['slides', 'course', '--cache', 'c', '--title', 'Shop'], cwd)).code).toBe(0);
    expect(await readFile(join(cwd, 'slides/running-apps/a-request.html'), 'utf8')).toMatch(/<!-- cached -->$/);
    expect((await kubegram(['slides', 'course/running-apps/a-request.md', '-o', 'one', '--cache', 'c', '--title', 'Shop'], cwd)).code).toBe(0);
    expect(await readFile(join(cwd, 'one/a-request.html'), 'utf8')).toMatch(/<!-- cached -->$/);
    expect((await kubegram(['slides', 'course', '-o', 'fresh', '--no-cache', '--title', 'Shop'], cwd)).code).toBe(0);
    expect(await readFile(join(cwd, 'fresh/running-apps/a-request.html'), 'utf8')).not.toContain('<!-- cached -->');
    const inside = await kubegram(['slides', 'course', '-o', 'decks', '--cache', 'decks/cache'], cwd);
    expect([inside.code, inside.stderr]).toEqual([2, 'kubegram slides: --cache decks/cache: the build empties decks first, and the cache is in it; choose a folder outside, such as --cache .cache/kubegram\n']);
  });

  it('kubegram slides refuses to write a deck into the lesson\'s own folder (exit 2)', async () => {
    const cwd = await scratch();
    const result = await kubegram(['slides', join(COURSE, 'running-apps', 'a-request.md'), '--out', join(COURSE, 'running-apps')], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("that is the lesson's own folder");
  });
});
