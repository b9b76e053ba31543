import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { BuildError } from './build-error.js';
import { buildDecks } from './build-decks.js';

const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));
const outDir = async () => join(await mkdtemp(join(tmpdir(), 'kubegram-decks-')), 'dist');
// A 1x1 PNG, as a cover image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

// The fixture course with a cover on the Nodes lesson, at `image` from the lesson (written only when `write`).
async function courseWithCover(image: string, write = true): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'kubegram-cover-')), 'course');
  cpSync(fixture('course'), dir, { recursive: true });
  const lesson = join(dir, 'basics/nodes.md');
  writeFileSync(lesson, readFileSync(lesson, 'utf8').replace("coverImage: ''", `coverImage: '${image}'`));
  if (write) {
    mkdirSync(dirname(join(dir, 'basics', image)), { recursive: true });
    writeFileSync(join(dir, 'basics', image), PNG);
  }
  return dir;
}

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

  test('buildDecks copies a cover beside its deck, and the deck\'s title slide shows that copy', async () => {
    const out = await outDir();
    const report = await buildDecks({ contentDir: await courseWithCover('images/cover (1).png'), outDir: out, pdf: false });
    const deck = report.decks[0]!;
    const href = /url\(&quot;(media\/[^&]+)&quot;\)|src="(media\/[^"]+)"/.exec(readFileSync(deck.html, 'utf8'));
    const path = decodeURIComponent(href?.[1] ?? href?.[2] ?? 'no cover in the deck');
    expect(path).toBe('media/nodes/cover (1).png');
    expect(readFileSync(join(dirname(deck.html), path))).toEqual(PNG);
    expect(readFileSync(deck.markdown, 'utf8')).toContain('![bg right:40%](media/nodes/cover%20%281%29.png)');
  });

  test('buildDecks keeps a cover inside the output folder, whatever folder the lesson names', async () => {
    const out = await outDir();
    await buildDecks({ contentDir: await courseWithCover('../../art/cover.png'), outDir: out, pdf: false });
    expect(readFileSync(join(out, 'basics/media/nodes/cover.png'))).toEqual(PNG);
  });

  test('buildDecks fails on a missing cover, naming the lesson and coverImage, and writes nothing', async () => {
    const out = await outDir();
    const error = (await buildDecks({ contentDir: await courseWithCover('images/none.png', false), outDir: out, pdf: false }).catch((e: unknown) => e)) as BuildError;
    expect(error).toBeInstanceOf(BuildError);
    expect(error.problems).toEqual([expect.stringMatching(/basics[\\/]nodes\.md: error: coverImage: no file at .*images[\\/]none\.png: expected an image file/)]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('buildDecks with a cache', () => {
  const made = (report: Awaited<ReturnType<typeof buildDecks>>) => report.decks.filter((d) => d.rendered).map((d) => d.slug);
  const printed = (report: Awaited<ReturnType<typeof buildDecks>>) => report.decks.filter((d) => d.printed).map((d) => d.slug);

  test('buildDecks makes again the deck whose cover changed, and every deck when the course name changes', async () => {
    const dir = await courseWithCover('images/cover.png');
    const cache = { dir: join(dir, '..', 'cache') };
    expect(made(await buildDecks({ contentDir: dir, outDir: await outDir(), pdf: false, cache }))).toEqual(['nodes', 'clusters']);
    expect(made(await buildDecks({ contentDir: dir, outDir: await outDir(), pdf: false, cache }))).toEqual([]);
    writeFileSync(join(dir, 'basics', 'images', 'cover.png'), Buffer.concat([PNG, Buffer.from([0])]));
    expect(made(await buildDecks({ contentDir: dir, outDir: await outDir(), pdf: false, cache }))).toEqual(['nodes']);
    expect(made(await buildDecks({ contentDir: dir, outDir: await outDir(), pdf: false, cache, course: 'Other' }))).toEqual(['nodes', 'clusters']);
  });

  test.runIf(existsSync(process.env['CHROME_PATH'] || '/usr/bin/chromium'))('buildDecks prints a PDF once, takes it from the cache after, and prints again only the edited lesson', async () => {
    const dir = await courseWithCover('images/cover.png');
    const cache = { dir: join(dir, '..', 'cache') };
    const cold = await outDir();
    expect(printed(await buildDecks({ contentDir: dir, outDir: cold, cache }))).toEqual(['nodes', 'clusters']);
    const warm = await outDir();
    const again = await buildDecks({ contentDir: dir, outDir: warm, cache });
    expect([made(again), printed(again)]).toEqual([[], []]);
    for (const pdf of ['basics/nodes.pdf', 'basics/clusters.pdf']) expect(readFileSync(join(warm, pdf)).equals(readFileSync(join(cold, pdf)))).toBe(true);
    const lesson = join(dir, 'basics', 'clusters.md');
    writeFileSync(lesson, `${readFileSync(lesson, 'utf8')}\nOne more sentence.\n`);
    const edited = await buildDecks({ contentDir: dir, outDir: await outDir(), cache });
    expect([made(edited), printed(edited)]).toEqual([['clusters'], ['clusters']]);
  });
});
