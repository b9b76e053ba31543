import { access, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '@kubegram/content';
import { hashKey, loadCourse, loadLessonModels, openBuildCache, type BuildCache, type BuildCacheOptions, type CourseResult } from '@kubegram/content/fs';
import { formatNamed } from '@kubegram/diagram';
import { BuildError } from '@kubegram/slides';
import { bundleClient, type ClientBundle } from './bundle-client.ts';
import { pageKeys, siteCodeIdentity } from './_page-keys.ts';
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
  /**
   * Where rendered pages are kept by the hash of what they are made from, so the next build
   * renders only the lessons that changed; none by default. See `openBuildCache`.
   */
  cache?: BuildCacheOptions;
  /**
   * Called once the course has been checked and `outDir` emptied, before any page is written:
   * work that writes beside the pages (the decks under `slides/`) can start then and run alongside.
   */
  onCleared?: () => void;
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
  /** The pages of lessons rendered by this build; the others came from the cache. */
  rendered: string[];
}

const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));

// The formats every diagram offers for download, from the diagram package's registry.
const DOWNLOADS = ['svg', 'mermaid'] as const;

// The cache's namespaces: a lesson's page with its downloads, and the client script.
const PAGES = 'site-page';
const CLIENT = 'site-client';

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
  o.onCleared?.();
  const files = new Map<string, string>();
  const downloads = await Promise.all(DOWNLOADS.map(async (name) => ({ format: formatNamed(name), render: await formatNamed(name).load() })));
  const ctx = { plan, clusters, downloads, siteTitle: o.siteTitle, slidesPath: o.slidesPath, headerLinks: o.headerLinks, files };
  const cache = o.cache === undefined ? undefined : openBuildCache(o.cache);
  const code = cache === undefined ? '' : await siteCodeIdentity();
  const keys = cache === undefined ? [] : pageKeys(plan, clusters, { code, contentDir, siteTitle: o.siteTitle, slidesPath: o.slidesPath, headerLinks: o.headerLinks, downloads: DOWNLOADS });
  const hits = await Promise.all(keys.map((key) => cache!.read(PAGES, key)));
  let diagrams = 0;
  const rendered: string[] = [];
  for (const [index, entry] of plan.entries.entries()) {
    const hit = hits[index];
    if (hit) {
      for (const [path, bytes] of hit.files) files.set(path, bytes.toString('utf8'));
      diagrams += Number(hit.meta['diagrams']);
      continue;
    }
    const own = new Map<string, string>();
    const drawn = renderLessonEntry(index, { ...ctx, files: own });
    diagrams += drawn;
    rendered.push(entry.nav.path);
    for (const [path, text] of own) files.set(path, text);
    if (cache) await cache.write(PAGES, keys[index]!, { files: own, meta: { diagrams: drawn } });
  }
  const summaries = Object.fromEntries(
    plan.entries.map((e) => [e.nav.path, { excerpt: e.lesson.frontmatter.excerpt, duration: e.lesson.frontmatter.duration, ...(e.cover ? { cover: e.cover.path } : {}) }]),
  );
  files.set('index.html', renderHomePage({ siteTitle: o.siteTitle, intro: o.intro, nav: plan.nav, summaries, headerLinks: o.headerLinks }));
  const client = await cachedClient(cache, code);
  files.set('assets/site.js', client.code);
  await writeSite(outDir, files);
  for (const cover of covers) {
    await mkdir(dirname(join(outDir, cover.path)), { recursive: true });
    await copyFile(cover.source, join(outDir, cover.path));
  }
  await cache?.prune();
  return {
    outDir,
    pages: ['index.html', ...plan.entries.map((e) => e.nav.path)],
    diagrams,
    client: { bytes: client.bytes, gzipBytes: client.gzipBytes },
    warnings: course.warnings.map((w) => formatProblem({ ...w, severity: 'warning' })),
    rendered,
  };
}

// The client script depends on this package's code alone, so one entry serves every course.
async function cachedClient(cache: BuildCache | undefined, code: string): Promise<ClientBundle> {
  if (cache === undefined) return bundleClient();
  const key = hashKey(CLIENT, code);
  const hit = await cache.read(CLIENT, key);
  const js = hit?.files.get('site.js');
  if (hit && js) return { code: js.toString('utf8'), bytes: js.byteLength, gzipBytes: Number(hit.meta['gzipBytes']) };
  const client = await bundleClient();
  await cache.write(CLIENT, key, { files: new Map([['site.js', client.code]]), meta: { gzipBytes: client.gzipBytes } });
  return client;
}

async function writeSite(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, text] of files) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), text);
  }
  for (const asset of ['site.css', 'favicon.svg']) await copyFile(join(ASSETS, asset), join(outDir, 'assets', asset));
}
