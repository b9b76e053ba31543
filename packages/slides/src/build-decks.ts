import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatProblem, lessonSlug, type Lesson } from '@kubegram/content';
import { loadCourse, loadLessonModels, type CourseResult } from '@kubegram/content/fs';
import type { ThemeName } from '@kubegram/diagram';
import { ChromiumNotFoundError } from './chromium-not-found-error.js';
import { deckToHtml } from './deck-to-html.js';
import { decksToPdf } from './decks-to-pdf.js';
import { lessonToDeck } from './lesson-to-deck.js';
import { BuildError } from './build-error.js';
import { copyCover, coverDataUrl, coverProblem, deckCover, type DeckCover } from './_deck-cover.js';
import { renderDeckIndex, type DeckIndexModule } from './render-deck-index.js';

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
  /** The deck for its PDF, when it differs from `deck` (its cover inline). */
  pdfDeck?: string;
  cover?: DeckCover;
  ms: number;
}

// Every lesson's deck as Marp Markdown, or every problem that keeps one from being made.
async function planDecks(course: CourseResult, opts: { course: string; theme: ThemeName; pdf: boolean }): Promise<{ planned: PlannedDeck[]; problems: string[] }> {
  const problems = course.errors.map((e) => formatProblem(e));
  const planned: PlannedDeck[] = [];
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
      try {
        const deckOf = (href: string) => lessonToDeck(lesson, models, { course: opts.course, theme: opts.theme, imageHref: () => href });
        const deck = deckOf(cover?.href ?? '');
        const pdfDeck = opts.pdf && cover ? { pdfDeck: deckOf(await coverDataUrl(cover)) } : {};
        planned.push({ lesson, moduleSlug: module.slug, slug, deck, ...pdfDeck, ...(cover ? { cover } : {}), ms: performance.now() - started });
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  }
  return { planned, problems };
}

/**
 * Builds a deck per lesson of a course folder: Marp Markdown, standalone HTML and (with Chromium) a
 * PDF at `<outDir>/<module-slug>/<lesson-slug>.*`, and an `index.html` of modules and lessons.
 * Throws BuildError naming every bad file, field or diagram before writing anything.
 */
export async function buildDecks(options: BuildDecksOptions): Promise<BuildDecksReport> {
  const opts = { ...DEFAULTS, ...options };
  const course = opts.loadedCourse ?? (await loadCourse(opts.contentDir));
  const { planned, problems } = await planDecks(course, opts);
  if (problems.length > 0) throw new BuildError(problems);

  await rm(opts.outDir, { recursive: true, force: true });
  const decks: BuiltDeck[] = [];
  for (const p of planned) {
    const dir = join(opts.outDir, p.moduleSlug);
    await mkdir(dir, { recursive: true });
    const base = join(dir, p.slug);
    const started = performance.now();
    const html = await deckToHtml(p.deck);
    const ms = p.ms + performance.now() - started;
    await writeFile(`${base}.md`, p.deck);
    await writeFile(`${base}.html`, html);
    if (p.cover) await copyCover(p.cover, dir);
    decks.push({ lesson: p.lesson, moduleSlug: p.moduleSlug, slug: p.slug, markdown: `${base}.md`, html: `${base}.html`, slides: html.match(/<section\b[^>]*\bid="\d+"/g)?.length ?? 0, ms });
  }

  let pdfSkipped: string | undefined;
  if (opts.pdf) {
    try {
      await decksToPdf(
        planned.map((p) => ({ markdown: p.pdfDeck ?? p.deck, output: join(opts.outDir, p.moduleSlug, `${p.slug}.pdf`) })),
        opts.chromePath === undefined ? {} : { chromePath: opts.chromePath },
      );
      for (const d of decks) d.pdf = d.html.replace(/\.html$/, '.pdf');
    } catch (error) {
      if (!(error instanceof ChromiumNotFoundError)) throw error;
      pdfSkipped = error.message;
    }
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
  return { decks, index, ...(pdfSkipped === undefined ? {} : { pdfSkipped }) };
}
