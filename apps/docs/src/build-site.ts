import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiagramRef } from '@kubegram/content';
import { loadCourse, loadModel } from '@kubegram/content/node';
import { formatNamed, toSvg, type FormatRenderer } from '@kubegram/diagram';
import { views, type Cluster } from '@kubegram/model';
import { bundleClient } from './bundle-client.ts';
import { lessonSlug } from './lesson-slug.ts';
import { prepareSvg } from './prepare-svg.ts';
import { relativeHref } from './_relative.ts';
import { renderFigure } from './render-figure.ts';
import { renderHomePage } from './render-home-page.ts';
import { renderLessonBody } from './render-lesson-body.ts';
import { renderLessonPage } from './render-lesson-page.ts';
import type { NavLesson, NavModule } from './types.ts';

/** Options for `buildSite`. */
export interface BuildSiteOptions {
  /** The course folder: a folder per module, and the models. */
  contentDir: string;
  /** Where the site is written; emptied first. */
  outDir: string;
  siteTitle: string;
  /** The paragraph the front page opens with. */
  intro: string;
  /** Where the decks are served, relative to the site root (`<slides>/<module>/<lesson>.html`). */
  slidesPath: string;
}

/** What a build wrote. */
export interface BuildReport {
  outDir: string;
  /** Page paths, relative to `outDir`, index first. */
  pages: string[];
  diagrams: number;
  client: { bytes: number; gzipBytes: number };
}

const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));

// The formats every figure offers for download, by their names in the diagram package's registry.
const DOWNLOADS = ['svg', 'mermaid'] as const;

const DEFAULTS = {
  contentDir: 'content',
  outDir: 'dist',
  siteTitle: 'Kubernetes Architecture',
  intro: 'A course on how a Kubernetes cluster is built and how its parts work together, with every diagram drawn from a cluster model.',
  slidesPath: 'slides',
} satisfies BuildSiteOptions;

/**
 * Builds the course site: a page per lesson with its diagrams inline in both themes, the front
 * page, the diagrams' SVG and Mermaid downloads, the stylesheet and the client script. Throws,
 * listing every problem with its file, when the course does not load.
 */
export async function buildSite(opts: Partial<BuildSiteOptions> = {}): Promise<BuildReport> {
  const o = { ...DEFAULTS, ...opts };
  const contentDir = resolve(o.contentDir);
  const outDir = resolve(o.outDir);
  const course = await loadCourse(contentDir);
  if (course.errors.length > 0) {
    const lines = course.errors.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.path ? `${e.path}: ` : ''}${e.message}`);
    throw new Error(`the course in ${contentDir} has ${course.errors.length} problem(s):\n${lines.join('\n')}`);
  }

  const nav: NavModule[] = course.modules.map((m) => ({
    name: m.name,
    slug: m.slug,
    lessons: m.lessons.map((l) => ({ title: l.frontmatter.title, order: l.frontmatter.order, path: `${m.slug}/${lessonSlug(l)}.html` })),
  }));
  const entries = course.modules.flatMap((m, i) =>
    m.lessons.map((lesson, j) => ({ module: m, entry: { lesson, slug: lessonSlug(lesson) }, nav: nav[i]!.lessons[j]! })),
  );
  const pageOf = new Map(entries.map((e) => [resolve(e.entry.lesson.file), e.nav.path]));

  const clusters = new Map<string, Cluster>();
  const modelKey = (ref: DiagramRef) => (ref.model.kind === 'preset' ? `preset:${ref.model.name}` : resolve(ref.model.path));
  for (const ref of entries.flatMap((e) => e.entry.lesson.diagrams)) {
    const key = modelKey(ref);
    if (clusters.has(key)) continue;
    const loaded = await loadModel(ref.model);
    if (!loaded.ok) {
      const lines = loaded.errors.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''}: ${e.path ? `${e.path}: ` : ''}${e.message}`);
      throw new Error(`the model ${key} does not load:\n${lines.join('\n')}`);
    }
    clusters.set(key, loaded.cluster);
  }

  const downloads = await Promise.all(DOWNLOADS.map(async (name) => ({ format: formatNamed(name), render: await formatNamed(name).load() })));
  await rm(outDir, { recursive: true, force: true });
  const files = new Map<string, string>();
  let diagrams = 0;
  entries.forEach(({ module, entry, nav: page }, index) => {
    const { lesson } = entry;
    const body = renderLessonBody(lesson.body, {
      file: lesson.file,
      headings: lesson.headings,
      diagrams: lesson.diagrams,
      resolveLessonLink: (href) => {
        const [target = '', hash] = href.split('#');
        const other = pageOf.get(resolve(dirname(lesson.file), decodeURI(target)));
        return other === undefined ? undefined : relativeHref(page.path, hash ? `${other}#${hash}` : other);
      },
      renderDiagram: (ref, n) => {
        const cluster = clusters.get(modelKey(ref))!;
        const id = `diagram-${n + 1}`;
        const base = posix.basename(ref.src).replace(/\.svg$/i, '');
        const svgOptions = { view: ref.view, highlight: ref.highlight, ...(ref.node === undefined ? {} : { node: ref.node }) };
        const light = toSvg(cluster, { ...svgOptions, theme: 'light' });
        const dark = toSvg(cluster, { ...svgOptions, theme: 'dark' });
        const links = downloads.map(({ format, render }) => {
          const path = `${module.slug}/diagrams/${entry.slug}/${base}${format.extensions[0]}`;
          files.set(path, downloadText(render, cluster, { ...svgOptions, theme: 'light' }));
          return { label: format.label, href: relativeHref(page.path, path) };
        });
        diagrams++;
        const a11y = { title: ref.alt || views[ref.view].title, description: views[ref.view].description };
        return renderFigure({
          id,
          caption: ref.alt || views[ref.view].title,
          view: ref.view,
          svg: { light: prepareSvg(light, { ...a11y, idPrefix: `${id}-light` }), dark: prepareSvg(dark, { ...a11y, idPrefix: `${id}-dark` }) },
          downloads: links,
        });
      },
    });
    const previous: NavLesson | undefined = entries[index - 1]?.nav;
    const next: NavLesson | undefined = entries[index + 1]?.nav;
    files.set(
      page.path,
      renderLessonPage({
        siteTitle: o.siteTitle,
        path: page.path,
        title: lesson.frontmatter.title,
        excerpt: lesson.frontmatter.excerpt,
        module: module.name,
        duration: lesson.frontmatter.duration,
        body,
        toc: lesson.headings,
        nav,
        ...(previous ? { previous } : {}),
        ...(next ? { next } : {}),
        deck: `${o.slidesPath}/${module.slug}/${entry.slug}.html`,
      }),
    );
  });
  const summaries = Object.fromEntries(
    entries.map((e) => [e.nav.path, { excerpt: e.entry.lesson.frontmatter.excerpt, duration: e.entry.lesson.frontmatter.duration }]),
  );
  files.set('index.html', renderHomePage({ siteTitle: o.siteTitle, intro: o.intro, nav, summaries }));

  const client = await bundleClient();
  files.set('assets/site.js', client.code);
  for (const [path, text] of files) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), text);
  }
  for (const asset of ['site.css', 'favicon.svg']) await copyFile(join(ASSETS, asset), join(outDir, 'assets', asset));
  return {
    outDir,
    pages: ['index.html', ...entries.map((e) => e.nav.path)],
    diagrams,
    client: { bytes: client.bytes, gzipBytes: client.gzipBytes },
  };
}

// The site writes text files only; a binary format among the downloads is a mistake in DOWNLOADS.
function downloadText(render: FormatRenderer, cluster: Cluster, options: Parameters<FormatRenderer>[1]): string {
  const out = render(cluster, options);
  if (typeof out !== 'string') throw new Error('buildSite: a download format gave bytes: expected a text format such as "svg" or "mermaid"');
  return out;
}
