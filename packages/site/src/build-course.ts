import { join, resolve } from 'node:path';
import { loadCourse, type BuildCacheOptions } from '@kubegram/content/fs';
import { buildDecks, type BuildDecksReport } from '@kubegram/slides';
import { buildSite, type BuildSiteReport } from './build-site.ts';
import type { HeaderLink } from './types.ts';

/** Options of `buildCourse`. */
export interface BuildCourseOptions {
  /** The course folder: `<module>/<lesson>.md` and the models. */
  contentDir: string;
  /** Where the site goes, with the decks under `slides/`; emptied first. */
  outDir: string;
  /** The course's name, for the site's pages and the decks' footers and index. */
  title: string;
  /** The paragraph the front page opens with. */
  intro: string;
  /** Print every deck to PDF too; without Chromium the report says why none were made. */
  pdf: boolean;
  /** The links in every page's header after the course's name, each to a page the site has; none by default. */
  headerLinks?: readonly HeaderLink[];
  /** The Chromium binary for PDFs; by default `CHROME_PATH`, else `/usr/bin/chromium`. */
  chromePath?: string;
  /** Where pages, decks and PDFs are kept by the hash of their inputs, so a build redoes only what changed; none by default. */
  cache?: BuildCacheOptions;
  /** Called as each stage starts, with a short name of what it does. */
  onStage?: (stage: string) => void;
}

/** What `buildCourse` wrote. */
export interface BuildCourseReport {
  site: BuildSiteReport;
  decks: BuildDecksReport;
}

const DEFAULTS = { title: 'Course', intro: '', pdf: true } satisfies Partial<BuildCourseOptions>;

// The decks' folder inside the site, where every lesson page links its deck.
const SLIDES = 'slides';

/**
 * Builds a course folder into one site: the pages, and the decks under `slides/` (HTML, Marp
 * Markdown, and PDF when asked for and Chromium is there). Throws BuildError, naming every bad
 * file with its line and column, before writing anything.
 */
export async function buildCourse(options: Partial<BuildCourseOptions> & Pick<BuildCourseOptions, 'contentDir' | 'outDir'>): Promise<BuildCourseReport> {
  const o = { ...DEFAULTS, ...options };
  const outDir = resolve(o.outDir);
  o.onStage?.('pages');
  // Read and parsed once: the pages and the decks are made from the same lessons.
  const loadedCourse = await loadCourse(resolve(o.contentDir));
  let decks: Promise<BuildDecksReport> | undefined;
  const startDecks = () => {
    o.onStage?.(o.pdf ? 'decks and PDFs' : 'decks');
    decks = buildDecks({
      contentDir: o.contentDir,
      outDir: join(outDir, SLIDES),
      course: o.title,
      pdf: o.pdf,
      loadedCourse,
      ...(o.cache ? { cache: o.cache } : {}),
      ...(o.chromePath === undefined ? {} : { chromePath: o.chromePath }),
    });
    return decks;
  };
  // The decks start once the course is checked and the site's folder emptied: Chromium prints them
  // on one core while the pages render on the other. Their failure is seen when they are awaited.
  const onCleared = () => void startDecks().catch(() => {});
  const site = await buildSite({ contentDir: o.contentDir, outDir, siteTitle: o.title, intro: o.intro, slidesPath: SLIDES, headerLinks: o.headerLinks ?? [], loadedCourse, onCleared, ...(o.cache ? { cache: o.cache } : {}) }).catch(
    async (error: unknown) => {
      // Chromium is stopped, and nothing is left writing, before the site's failure is reported.
      await decks?.catch(() => {});
      throw error;
    },
  );
  return { site, decks: await (decks ?? startDecks()) };
}
