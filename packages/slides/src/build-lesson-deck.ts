import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { formatProblem, lessonSlug, parseLesson, type Lesson } from '@kubegram/content';
import { loadLessonModels, openBuildCache, type BuildCache, type BuildCacheOptions } from '@kubegram/content/fs';
import type { ThemeName } from '@kubegram/diagram';
import type { BuiltDeck } from './build-decks.js';
import { BuildError } from './build-error.js';
import { ChromiumNotFoundError } from './chromium-not-found-error.js';
import { deckToHtml } from './deck-to-html.js';
import { decksToPdf } from './decks-to-pdf.js';
import { lessonToDeck } from './lesson-to-deck.js';
import { copyCover, coverDataUrl, coverProblem, deckCover, type DeckCover } from './_deck-cover.js';
import { readCachedDeck, writeCachedDeck, writeCachedPdf, type CachedDeck } from './_deck-cache.js';
import { deckCodeIdentity, deckKey } from './_deck-keys.js';

/** Options of `buildLessonDeck`. */
export interface BuildLessonDeckOptions {
  /** Where `<lesson-slug>.md`, `.html`, `.pdf` and the cover (`media/<lesson-slug>/`) go; other files there are left alone. */
  outDir: string;
  /** The course's name, for the footers. */
  course: string;
  theme: ThemeName;
  /** Print the deck to PDF too (needs Chromium; without it the HTML still builds). */
  pdf: boolean;
  /** The Chromium binary for the PDF; by default `CHROME_PATH`, else `/usr/bin/chromium`. */
  chromePath?: string;
  /**
   * Where the deck and PDF are kept by the hash of what they are made from, shared with
   * `buildDecks` (the lesson counts as part of the course two folders up); none by default.
   */
  cache?: BuildCacheOptions;
}

/** What `buildLessonDeck` wrote. */
export interface BuildLessonDeckReport {
  deck: Omit<BuiltDeck, 'moduleSlug'>;
  /** Why no PDF was made, when one was asked for and could not be. */
  pdfSkipped?: string;
}

const DEFAULTS = { course: 'Kubegram', theme: 'light' as ThemeName, pdf: false };

// A lesson read and checked, with what its deck is drawn from.
async function readLesson(path: string) {
  const text = await readFile(path, 'utf8').catch((cause: NodeJS.ErrnoException) => {
    throw new BuildError([`${path}: error: could not read the lesson: ${cause.code ?? cause.message}`]);
  });
  const parsed = parseLesson(text, path);
  if (!parsed.ok) throw new BuildError(parsed.errors.map((e) => formatProblem(e)));
  const { lesson } = parsed;
  const { models, problems } = await loadLessonModels([lesson]);
  const slug = lessonSlug(lesson);
  const cover = deckCover(lesson, slug);
  const coverMissing = cover && (await coverProblem(lesson, cover));
  const messages = problems.map((p) => `${formatProblem(p)} (the model of ${p.usedBy?.src} at ${lesson.file}:${p.usedBy?.line})`);
  if (messages.length > 0 || coverMissing) throw new BuildError([...messages, ...(coverMissing ? [coverMissing] : [])]);
  return { lesson, models, slug, cover };
}

type Opts = BuildLessonDeckOptions & { chromePath: string };

// Prints the deck's PDF, or takes it from the cache; without Chromium, says why instead.
async function lessonPdf(output: string, pdfDeck: () => Promise<string>, opts: Opts, cache: BuildCache | undefined, cached: CachedDeck | undefined): Promise<string | undefined> {
  if (cached?.pdf) {
    await writeFile(output, cached.pdf);
    return undefined;
  }
  try {
    await decksToPdf([{ markdown: await pdfDeck(), output }], { chromePath: opts.chromePath });
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error;
    return error.message;
  }
  if (cache && cached) await writeCachedPdf(cache, cached.pdfKey, await readFile(output));
  return undefined;
}

/**
 * Builds the deck of one lesson file: Marp Markdown, standalone HTML and (with Chromium) a PDF.
 * Throws BuildError naming the file, line and field of every problem before writing anything.
 */
export async function buildLessonDeck(file: string, options: Partial<BuildLessonDeckOptions> & Pick<BuildLessonDeckOptions, 'outDir'>): Promise<BuildLessonDeckReport> {
  const opts: Opts = { ...DEFAULTS, ...options, chromePath: options.chromePath ?? (process.env['CHROME_PATH'] || '/usr/bin/chromium') };
  const path = resolve(file);
  const started = performance.now();
  const { lesson, models, slug, cover } = await readLesson(path);
  const cache = opts.cache === undefined ? undefined : openBuildCache(opts.cache);
  const cached = cache ? await readCachedDeck(cache, await lessonKey(lesson, models, cover, path, opts), opts.chromePath, opts.pdf) : undefined;
  const deckOf = (href: string) => lessonToDeck(lesson, models, { course: opts.course, theme: opts.theme, imageHref: () => href });
  const markdown = cached?.html ? cached.markdown : deckOf(cover?.href ?? '');
  const html = cached?.html?.toString('utf8') ?? (await deckToHtml(markdown));
  if (cache && cached && !cached.html) await writeCachedDeck(cache, cached.key, markdown, html);
  const base = join(opts.outDir, slug);
  await mkdir(opts.outDir, { recursive: true });
  await writeFile(`${base}.md`, markdown);
  await writeFile(`${base}.html`, html);
  if (cover) await copyCover(cover, opts.outDir);
  const deck: BuildLessonDeckReport['deck'] = { lesson, slug, markdown: `${base}.md`, html: `${base}.html`, slides: html.match(/<section\b[^>]*\bid="\d+"/g)?.length ?? 0, ms: performance.now() - started, rendered: !cached?.html, printed: false };
  const pdfSkipped = opts.pdf ? await lessonPdf(`${base}.pdf`, async () => (cover ? deckOf(await coverDataUrl(cover)) : markdown), opts, cache, cached) : undefined;
  await cache?.prune();
  if (!opts.pdf) return { deck };
  if (pdfSkipped !== undefined) return { deck, pdfSkipped };
  return { deck: { ...deck, pdf: `${base}.pdf`, printed: !cached?.pdf } };
}

// The lesson's deck key as `buildDecks` makes it, the course being the folder above the lesson's module.
async function lessonKey(lesson: Lesson, models: Parameters<typeof deckKey>[1], cover: DeckCover | undefined, path: string, opts: Opts): Promise<string> {
  return deckKey(lesson, models, cover, { code: await deckCodeIdentity(), contentDir: dirname(dirname(path)), course: opts.course, theme: opts.theme });
}
