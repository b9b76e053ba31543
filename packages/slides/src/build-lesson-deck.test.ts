import { cpSync, existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BuildError } from './build-error.js';
import { buildDecks } from './build-decks.js';
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

describe('buildLessonDeck with a cache', () => {
  // The fixture course copied, so a test may edit its lessons.
  const course = async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'kubegram-deck-cache-')), 'course');
    cpSync(fixture('course'), dir, { recursive: true });
    return dir;
  };

  test('buildLessonDeck takes an unchanged lesson\'s deck from the cache, byte for byte, and makes it again once the lesson changes', async () => {
    const dir = await course();
    const cache = { dir: join(dir, '..', 'cache') };
    const lesson = join(dir, 'basics', 'nodes.md');
    const cold = await buildLessonDeck(lesson, { outDir: join(dir, '..', 'cold'), cache });
    const warm = await buildLessonDeck(lesson, { outDir: join(dir, '..', 'warm'), cache });
    expect([cold.deck.rendered, warm.deck.rendered]).toEqual([true, false]);
    expect(readFileSync(warm.deck.html, 'utf8')).toBe(readFileSync(cold.deck.html, 'utf8'));
    expect(readFileSync(warm.deck.markdown, 'utf8')).toBe(readFileSync(cold.deck.markdown, 'utf8'));
    await writeFile(lesson, `${readFileSync(lesson, 'utf8')}\nOne more sentence.\n`);
    expect((await buildLessonDeck(lesson, { outDir: join(dir, '..', 'edited'), cache })).deck.rendered).toBe(true);
  });

  test('buildLessonDeck finds the deck buildDecks cached for the same lesson of the same course', async () => {
    const dir = await course();
    const cache = { dir: join(dir, '..', 'cache') };
    await buildDecks({ contentDir: dir, outDir: join(dir, '..', 'decks'), pdf: false, cache, course: 'Basics 101' });
    const other = await buildLessonDeck(join(dir, 'basics', 'clusters.md'), { outDir: join(dir, '..', 'other'), cache, course: 'Other' });
    const same = await buildLessonDeck(join(dir, 'basics', 'clusters.md'), { outDir: join(dir, '..', 'one'), cache: { dir: cache.dir }, course: 'Basics 101' });
    expect([other.deck.rendered, same.deck.rendered]).toEqual([true, false]);
    expect(readFileSync(same.deck.html, 'utf8')).toBe(readFileSync(join(dir, '..', 'decks', 'basics', 'clusters.html'), 'utf8'));
  });
});
