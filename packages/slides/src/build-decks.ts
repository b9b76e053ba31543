import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatProblem, lessonSlug, type Lesson } from '@kubegram/content';
import { loadCourse, loadLessonModels, openBuildCache, type BuildCache, type BuildCacheOptions, type CourseResult } from '@kubegram/content/fs';
import type { ThemeName } from '@kubegram/diagram';
import { ChromiumNotFoundError } from './chromium-not-found-error.js';
import { bespokeArgs, convertDecks } from './_convert-decks.js';
import { assertChromium, openDeckPrinter } from './_deck-printer.js';
import { printDeckRecorder } from './_pdf-meta.js';
import type { Printer } from './_print-pages.js';
import { printQueue, type PrintQueue } from './_print-queue.js';
import { lessonToDeck } from './lesson-to-deck.js';
import { BuildError } from './build-error.js';
import { copyCover, coverDataUrl, coverProblem, deckCover, type DeckCover } from './_deck-cover.js';
import { renderDeckIndex, type DeckIndexModule } from './render-deck-index.js';
import { deckCodeIdentity, deckKey } from './_deck-keys.js';
import { readCachedDeck, writeCachedDeck, writeCachedPdf, type CachedDeck } from './_deck-cache.js';

/** Options of `buildDecks`. */
export interface BuildDecksOptions {
  /** The course folder: `<module>/<lesson>.md` and `models/`. */
  contentDir: string;
  /** Where the decks go; emptied first. */
  outDir: string;
  /** The course's name, for footers and the index. */
  course?: string;
  theme?: ThemeName;
  /** Print every deck to PDF too (needs Chromium; without it the HTML still builds). */
  pdf?: boolean;
  /** The Chromium binary for PDFs; by default `CHROME_PATH`, else `/usr/bin/chromium`. */
  chromePath?: string;
  /** The course as `loadCourse(contentDir)` gave it, when the caller has read it already; read here otherwise. */
  loadedCourse?: CourseResult;
  /**
   * Where decks and PDFs are kept by the hash of what they are made from, so the next build makes
   * only those of the lessons that changed; none by default. See `openBuildCache`.
   */
  cache?: BuildCacheOptions;
}

/** One built deck. */
export interface BuiltDeck {
  lesson: Lesson;
  moduleSlug: string;
  slug: string;
  /** Absolute paths of what was written. */
  markdown: string;
  html: string;
  pdf?: string;
  slides: number;
  /** Time to turn the lesson into its HTML deck, in milliseconds. */
  ms: number;
  /** Whether this build made the deck, rather than taking it from the cache. */
  rendered: boolean;
  /** Whether this build printed the PDF, rather than taking it from the cache. */
  printed: boolean;
}

/** What `buildDecks` did. */
export interface BuildDecksReport {
  decks: BuiltDeck[];
  index: string;
  /** Why no PDFs were made, when they were asked for and could not be. */
  pdfSkipped?: string;
}

const DEFAULTS = { course: 'Kubegram', theme: 'light' as ThemeName, pdf: true };

interface PlannedDeck {
  lesson: Lesson;
  moduleSlug: string;
  slug: string;
  deck: string;
  cached?: CachedDeck;
  /** The deck for its PDF, when it differs from `deck` (its cover inline). */
  pdfDeck?: string;
  cover?: DeckCover;
  ms: number;
}

interface PlanOptions {
  contentDir: string;
  course: string;
  theme: ThemeName;
  pdf: boolean;
  chromePath: string;
  cache: BuildCache | undefined;
}

// Every lesson's deck as Marp Markdown (or its cached HTML and PDF), or every problem that keeps one from being made.
async function planDecks(course: CourseResult, opts: PlanOptions): Promise<{ planned: PlannedDeck[]; problems: string[] }> {
  const problems = course.errors.map((e) => formatProblem(e));
  const planned: PlannedDeck[] = [];
  const code = opts.cache ? await deckCodeIdentity() : '';
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      const started = performance.now();
      const { models, problems: modelProblems } = await loadLessonModels([lesson]);
      problems.push(...modelProblems.map((p) => `${formatProblem(p)} (the model of ${p.usedBy?.src} at ${lesson.file}:${p.usedBy?.line})`));
      const slug = lessonSlug(lesson);
      const cover = deckCover(lesson, slug);
      const coverMissing = cover && (await coverProblem(lesson, cover));
      if (coverMissing) problems.push(coverMissing);
      if (modelProblems.length > 0 || coverMissing) continue;
      const cached = opts.cache ? await readCachedDeck(opts.cache, await deckKey(lesson, models, cover, { code, contentDir: opts.contentDir, course: opts.course, theme: opts.theme }), opts.chromePath, opts.pdf) : undefined;
      const base = { lesson, moduleSlug: module.slug, slug, ...(cover ? { cover } : {}), ...(cached ? { cached } : {}) };
      if (cached?.html && (!opts.pdf || cached.pdf)) {
        planned.push({ ...base, deck: cached.markdown, ms: performance.now() - started });
        continue;
      }
      try {
        const deckOf = (href: string) => lessonToDeck(lesson, models, { course: opts.course, theme: opts.theme, imageHref: () => href });
        const deck = deckOf(cover?.href ?? '');
        const pdfDeck = opts.pdf && cover ? { pdfDeck: deckOf(await coverDataUrl(cover)) } : {};
        planned.push({ ...base, deck, ...pdfDeck, ms: performance.now() - started });
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  }
  return { planned, problems };
}

const pdfOf = (outDir: string, p: PlannedDeck) => join(outDir, p.moduleSlug, `${p.slug}.pdf`);

// The bespoke HTML deck as decksToHtml makes it by default.
const BESPOKE = bespokeArgs({ progress: true, transition: false });

// Chromium, started while the decks render when some PDF is not in the cache; without it, why no PDFs are made.
async function startPrinter(planned: readonly PlannedDeck[], pdf: boolean, chromePath: string): Promise<{ printer?: Printer; skipped?: string }> {
  if (!pdf) return {};
  try {
    if (planned.every((p) => p.cached?.pdf)) return await assertChromium(chromePath).then(() => ({}));
    return { printer: await openDeckPrinter({ chromePath }) };
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error;
    return { skipped: error.message };
  }
}

// One marp-cli run renders every deck whose HTML the cache does not hold and, given a print queue,
// the deck of every PDF it does not hold (the same Markdown, or with its cover inline): each PDF
// prints from that render as soon as it is made, while the next decks render.
async function renderDecks(planned: readonly PlannedDeck[], outDir: string, queue: PrintQueue | undefined): Promise<Map<PlannedDeck, string>> {
  const toRender = planned.filter((p) => !p.cached?.html);
  const printsOf = new Map<string, PlannedDeck[]>();
  for (const p of queue ? planned.filter((d) => !d.cached?.pdf) : []) {
    const markdown = p.pdfDeck ?? p.deck;
    printsOf.set(markdown, [...(printsOf.get(markdown) ?? []), p]);
  }
  const markdowns = [...new Set([...toRender.map((p) => p.deck), ...printsOf.keys()])];
  const recorder = queue && printDeckRecorder((markdown, deck) => {
    for (const p of printsOf.get(markdown) ?? []) queue.add(deck, pdfOf(outDir, p));
    printsOf.delete(markdown);
  });
  const htmls = await convertDecks(markdowns, BESPOKE, recorder);
  const missed = [...printsOf.values()].flat();
  if (missed.length > 0) throw new Error(`marp-cli made no deck of the Markdown for ${missed.map((p) => p.lesson.file).join(', ')}`);
  const htmlOf = new Map(markdowns.map((m, i) => [m, htmls[i]!]));
  return new Map(toRender.map((p) => [p, htmlOf.get(p.deck)!]));
}

// Waits for the PDFs being printed and copies the rest from the cache, keeping the new ones there.
async function finishPdfs(planned: readonly PlannedDeck[], decks: BuiltDeck[], outDir: string, queue: PrintQueue | undefined, cache: BuildCache | undefined): Promise<void> {
  await queue?.done();
  for (const p of planned) if (p.cached?.pdf) await writeFile(pdfOf(outDir, p), p.cached.pdf);
  for (const [i, d] of decks.entries()) {
    d.pdf = d.html.replace(/\.html$/, '.pdf');
    d.printed = !planned[i]!.cached?.pdf;
  }
  if (cache) for (const p of planned) if (p.cached && !p.cached.pdf) await writeCachedPdf(cache, p.cached.pdfKey, await readFile(pdfOf(outDir, p)));
}

// Writes a deck's Markdown, HTML and cover, and keeps a newly rendered deck in the cache.
async function writeDeck(p: PlannedDeck, outDir: string, rendered: string | undefined, share: number, cache: BuildCache | undefined): Promise<BuiltDeck> {
  const dir = join(outDir, p.moduleSlug);
  await mkdir(dir, { recursive: true });
  const base = join(dir, p.slug);
  const cachedHtml = p.cached?.html;
  const html = rendered ?? cachedHtml!.toString('utf8');
  if (cache && p.cached && !cachedHtml) await writeCachedDeck(cache, p.cached.key, p.deck, html);
  await writeFile(`${base}.md`, p.deck);
  await writeFile(`${base}.html`, cachedHtml ?? html);
  if (p.cover) await copyCover(p.cover, dir);
  const ms = p.ms + (cachedHtml ? 0 : share);
  return { lesson: p.lesson, moduleSlug: p.moduleSlug, slug: p.slug, markdown: `${base}.md`, html: `${base}.html`, slides: html.match(/<section\b[^>]*\bid="\d+"/g)?.length ?? 0, ms, rendered: !cachedHtml, printed: false };
}

/**
 * Builds a deck per lesson of a course folder: Marp Markdown, standalone HTML and (with Chromium) a
 * PDF at `<outDir>/<module-slug>/<lesson-slug>.*`, and an `index.html` of modules and lessons.
 * Throws BuildError naming every bad file, field or diagram before writing anything.
 */
export async function buildDecks(options: BuildDecksOptions): Promise<BuildDecksReport> {
  const opts = { ...DEFAULTS, ...options };
  const course = opts.loadedCourse ?? (await loadCourse(opts.contentDir));
  const cache = opts.cache === undefined ? undefined : openBuildCache(opts.cache);
  const chromePath = opts.chromePath ?? (process.env['CHROME_PATH'] || '/usr/bin/chromium');
  const { planned, problems } = await planDecks(course, { contentDir: opts.contentDir, course: opts.course, theme: opts.theme, pdf: opts.pdf, chromePath, cache });
  if (problems.length > 0) throw new BuildError(problems);

  await rm(opts.outDir, { recursive: true, force: true });
  const { printer, skipped: pdfSkipped } = await startPrinter(planned, opts.pdf, chromePath);
  const decks: BuiltDeck[] = [];
  try {
    const queue = printer && printQueue(printer, true);
    // One marp-cli run for every deck to render; its time is shared out among them.
    const started = performance.now();
    const htmlOf = await renderDecks(planned, opts.outDir, queue);
    const share = htmlOf.size === 0 ? 0 : (performance.now() - started) / htmlOf.size;
    for (const p of planned) decks.push(await writeDeck(p, opts.outDir, htmlOf.get(p), share, cache));
    if (opts.pdf && pdfSkipped === undefined) await finishPdfs(planned, decks, opts.outDir, queue, cache);
  } finally {
    await printer?.close();
  }

  const modules: DeckIndexModule[] = course.modules.map((m) => ({
    name: m.name,
    slug: m.slug,
    lessons: decks
      .filter((d) => d.moduleSlug === m.slug)
      .map((d) => ({
        title: d.lesson.frontmatter.title,
        excerpt: d.lesson.frontmatter.excerpt,
        duration: d.lesson.frontmatter.duration,
        order: d.lesson.frontmatter.order,
        html: relative(opts.outDir, d.html).replaceAll('\\', '/'),
        ...(d.pdf === undefined ? {} : { pdf: relative(opts.outDir, d.pdf).replaceAll('\\', '/') }),
      })),
  }));
  const index = join(opts.outDir, 'index.html');
  await writeFile(index, renderDeckIndex(opts.course, modules));
  await cache?.prune();
  return { decks, index, ...(pdfSkipped === undefined ? {} : { pdfSkipped }) };
}
