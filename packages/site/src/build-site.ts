import { access, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '@kubegram/content';
import { loadCourse, loadLessonModels, type CourseResult } from '@kubegram/content/fs';
import { formatNamed } from '@kubegram/diagram';
import { BuildError } from '@kubegram/slides';
import { bundleClient } from './bundle-client.ts';
import { renderHomePage } from './render-home-page.ts';
import { renderLessonEntry } from './_render-lesson-entry.ts';
import { planSite } from './_site-plan.ts';
import type { HeaderLink } from './types.ts';

/** Options for `buildSite`. */
export interface BuildSiteOptions {
  /** The course folder: a folder per module, and the models. */
  contentDir: string;
  /** Where the site is written; emptied first. */
  outDir: string;
  /** The course's name: the front page's heading and every page's title. */
  siteTitle: string;
  /** The paragraph the front page opens with. */
  intro: string;
  /** Where the decks are served, relative to the site root (`<slides>/<module>/<lesson>.html`). */
  slidesPath: string;
  /** The links in every page's header after the course's name, each to a page the site has; none by default. */
  headerLinks: readonly HeaderLink[];
  /** The course as `loadCourse(contentDir)` gave it, when the caller has read it already; read here otherwise. */
  loadedCourse?: CourseResult;
}

/** What a build wrote. */
export interface BuildSiteReport {
  outDir: string;
  /** Page paths, relative to `outDir`, index first. */
  pages: string[];
  diagrams: number;
  client: { bytes: number; gzipBytes: number };
  /** What the course left out without being wrong (such as Markdown in a folder too deep), one line each. */
  warnings: string[];
}

const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));

// The formats every diagram offers for download, from the diagram package's registry.
const DOWNLOADS = ['svg', 'mermaid'] as const;

const DEFAULTS = {
  contentDir: 'content',
  outDir: 'dist',
  siteTitle: 'Course',
  intro: '',
  slidesPath: 'slides',
  headerLinks: [],
} satisfies BuildSiteOptions;

/**
 * Builds the course site: a page per lesson with its diagrams inline (one SVG each, following the
 * colour scheme), the front page, the diagrams' SVG and Mermaid downloads, the stylesheet and the
 * client script. Throws BuildError, listing every problem with its file, line and column, when the
 * course or one of its models does not load, before writing anything.
 */
export async function buildSite(opts: Partial<BuildSiteOptions> = {}): Promise<BuildSiteReport> {
  const o = { ...DEFAULTS, ...opts };
  const contentDir = resolve(o.contentDir);
  const outDir = resolve(o.outDir);
  const course = o.loadedCourse ?? (await loadCourse(contentDir));
  if (course.errors.length > 0) throw new BuildError(course.errors.map((e) => formatProblem(e)));
  const plan = planSite(course.modules);
  const { models: clusters, problems } = await loadLessonModels(plan.entries.map((e) => e.lesson));
  if (problems.length > 0) throw new BuildError(problems.map((p) => `${formatProblem(p)} (the model of ${p.usedBy?.src} at ${p.usedBy?.lesson}:${p.usedBy?.line})`));
  const covers = plan.entries.flatMap((e) => (e.cover ? [{ ...e.cover, file: e.lesson.file }] : []));
  const missing = (await Promise.all(covers.map((c) => access(c.source).then(() => [], () => [c])))).flat();
  if (missing.length > 0) throw new BuildError(missing.map((c) => formatProblem({ file: c.file, path: 'coverImage', message: `no file at ${c.source}` })));

  await rm(outDir, { recursive: true, force: true });
  const files = new Map<string, string>();
  const downloads = await Promise.all(DOWNLOADS.map(async (name) => ({ format: formatNamed(name), render: await formatNamed(name).load() })));
  const ctx = { plan, clusters, downloads, siteTitle: o.siteTitle, slidesPath: o.slidesPath, headerLinks: o.headerLinks, files };
  let diagrams = 0;
  plan.entries.forEach((_, index) => (diagrams += renderLessonEntry(index, ctx)));
  const summaries = Object.fromEntries(
    plan.entries.map((e) => [e.nav.path, { excerpt: e.lesson.frontmatter.excerpt, duration: e.lesson.frontmatter.duration, ...(e.cover ? { cover: e.cover.path } : {}) }]),
  );
  files.set('index.html', renderHomePage({ siteTitle: o.siteTitle, intro: o.intro, nav: plan.nav, summaries, headerLinks: o.headerLinks }));
  const client = await bundleClient();
  files.set('assets/site.js', client.code);
  await writeSite(outDir, files);
  for (const cover of covers) {
    await mkdir(dirname(join(outDir, cover.path)), { recursive: true });
    await copyFile(cover.source, join(outDir, cover.path));
  }
  return {
    outDir,
    pages: ['index.html', ...plan.entries.map((e) => e.nav.path)],
    diagrams,
    client: { bytes: client.bytes, gzipBytes: client.gzipBytes },
    warnings: course.warnings.map((w) => formatProblem({ ...w, severity: 'warning' })),
  };
}

async function writeSite(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, text] of files) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), text);
  }
  for (const asset of ['site.css', 'favicon.svg']) await copyFile(join(ASSETS, asset), join(outDir, 'assets', asset));
}
