import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatProblem, lessonSlug, parseLesson } from '@kubegram/content';
import { loadLessonModels } from '@kubegram/content/fs';
import type { ThemeName } from '@kubegram/diagram';
import type { BuiltDeck } from './build-decks.js';
import { BuildError } from './build-error.js';
import { ChromiumNotFoundError } from './chromium-not-found-error.js';
import { deckToHtml } from './deck-to-html.js';
import { decksToPdf } from './decks-to-pdf.js';
import { lessonToDeck } from './lesson-to-deck.js';
import { copyCover, coverDataUrl, coverProblem, deckCover } from './_deck-cover.js';

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
}

/** What `buildLessonDeck` wrote. */
export interface BuildLessonDeckReport {
  deck: Omit<BuiltDeck, 'moduleSlug'>;
  /** Why no PDF was made, when one was asked for and could not be. */
  pdfSkipped?: string;
}

const DEFAULTS = { course: 'Kubegram', theme: 'light' as ThemeName, pdf: false };

/**
 * Builds the deck of one lesson file: Marp Markdown, standalone HTML and (with Chromium) a PDF.
 * Throws BuildError naming the file, line and field of every problem before writing anything.
 */
export async function buildLessonDeck(file: string, options: Partial<BuildLessonDeckOptions> & Pick<BuildLessonDeckOptions, 'outDir'>): Promise<BuildLessonDeckReport> {
  const opts = { ...DEFAULTS, ...options };
  const path = resolve(file);
  const started = performance.now();
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
  const deckOf = (href: string) => lessonToDeck(lesson, models, { course: opts.course, theme: opts.theme, imageHref: () => href });
  const markdown = deckOf(cover?.href ?? '');
  const html = await deckToHtml(markdown);
  const base = join(opts.outDir, slug);
  await mkdir(opts.outDir, { recursive: true });
  await writeFile(`${base}.md`, markdown);
  await writeFile(`${base}.html`, html);
  if (cover) await copyCover(cover, opts.outDir);
  const deck: BuildLessonDeckReport['deck'] = { lesson, slug, markdown: `${base}.md`, html: `${base}.html`, slides: html.match(/<section\b[^>]*\bid="\d+"/g)?.length ?? 0, ms: performance.now() - started, rendered: true, printed: false };
  if (!opts.pdf) return { deck };
  try {
    await decksToPdf([{ markdown: cover ? deckOf(await coverDataUrl(cover)) : markdown, output: `${base}.pdf` }], opts.chromePath === undefined ? {} : { chromePath: opts.chromePath });
    return { deck: { ...deck, pdf: `${base}.pdf`, printed: true } };
  } catch (error) {
    if (!(error instanceof ChromiumNotFoundError)) throw error;
    return { deck, pdfSkipped: error.message };
  }
}
