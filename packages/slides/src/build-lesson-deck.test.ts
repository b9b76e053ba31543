import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BuildError } from './build-error.js';
import { buildLessonDeck } from './build-lesson-deck.js';

const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));

describe('buildLessonDeck', () => {
  test('buildLessonDeck writes one lesson as <slug>.md and <slug>.html, leaving other files alone', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kubegram-deck-'));
    await writeFile(join(out, 'keep.txt'), 'mine');
    const report = await buildLessonDeck(fixture('course/basics/nodes.md'), { outDir: out, course: 'Basics 101' });
    expect(report.deck.slug).toBe('nodes');
    expect((await readdir(out)).sort()).toEqual(['keep.txt', 'nodes.html', 'nodes.md']);
    expect(readFileSync(report.deck.markdown, 'utf8')).toContain('Basics 101');
    // The same seven slides as in the course build: title, agenda, nodes, diagram, three tour steps.
    expect(report.deck.slides).toBe(7);
    expect(report.deck.pdf).toBeUndefined();
  });

  test('buildLessonDeck without Chromium says so and still writes the HTML', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kubegram-deck-'));
    const report = await buildLessonDeck(fixture('course/basics/nodes.md'), { outDir: out, pdf: true, chromePath: '/nonexistent/chromium' });
    expect(report.pdfSkipped).toMatch(/^PDF export needs Chromium, and there is none at \/nonexistent\/chromium/);
    expect(existsSync(report.deck.html)).toBe(true);
  });

  test('buildLessonDeck fails on bad frontmatter with the file and line, and writes nothing', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'kubegram-deck-')), 'out');
    const error = (await buildLessonDeck(fixture('bad/basics/nodes.md'), { outDir: out }).catch((e: unknown) => e)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    expect(error.problems.some((p) => /bad[\\/]basics[\\/]nodes\.md:\d+:\d+: error: .*order/.test(p))).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  test('buildLessonDeck on a missing file names it', async () => {
    const error = (await buildLessonDeck(fixture('course/basics/none.md'), { outDir: tmpdir() }).catch((e: unknown) => e)) as BuildError;
    expect(error.problems).toEqual([expect.stringMatching(/none\.md: error: could not read the lesson: ENOENT$/)]);
  });

  test('buildLessonDeck copies the cover to media/<slug>/ beside the deck, where its title slide loads it from', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-deck-'));
    const lesson = join(dir, 'course/nodes.md');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await mkdir(join(dir, 'course/images'), { recursive: true });
    await writeFile(lesson, readFileSync(fixture('course/basics/nodes.md'), 'utf8').replace("coverImage: ''", "coverImage: 'images/cover.png'"));
    await writeFile(join(dir, 'course/images/cover.png'), png);
    const report = await buildLessonDeck(lesson, { outDir: join(dir, 'out') });
    const href = /url\(&quot;(media\/[^&]+)&quot;\)|src="(media\/[^"]+)"/.exec(readFileSync(report.deck.html, 'utf8'));
    expect(href?.[1] ?? href?.[2]).toBe('media/nodes/cover.png');
    expect(readFileSync(join(dirname(report.deck.html), 'media/nodes/cover.png'))).toEqual(png);
  });

  test('buildLessonDeck fails on a missing cover, naming the lesson and coverImage, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-deck-'));
    const lesson = join(dir, 'nodes.md');
    await writeFile(lesson, readFileSync(fixture('course/basics/nodes.md'), 'utf8').replace("coverImage: ''", "coverImage: 'images/none.png'"));
    const error = (await buildLessonDeck(lesson, { outDir: join(dir, 'out') }).catch((e: unknown) => e)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    expect(error.problems).toEqual([`${lesson}: error: coverImage: no file at ${join(dir, 'images/none.png')}: expected an image file, with a path relative to the lesson, such as coverImage: images/cover.png`]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
