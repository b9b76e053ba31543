import { dirname, posix, resolve } from 'node:path';
import { modelKey, videoUrl, type DiagramRef } from '@kubegram/content';
import { labelPx, layoutView, toSvg, type FormatRenderer, type OutputFormat, type SvgOptions } from '@kubegram/diagram';
import { views, type Cluster } from '@kubegram/model';
import { prepareSvg } from './prepare-svg.ts';
import { relativeHref } from './_relative.ts';
import { renderFigure } from './render-figure.ts';
import { renderLessonBody } from './render-lesson-body.ts';
import { renderLessonPage } from './render-lesson-page.ts';
import type { SiteEntry, SitePlan } from './_site-plan.ts';
import type { HeaderLink } from './types.ts';

/**
 * The width a figure's drawing gets at a 1280 px window, from site.css: 1280 less the layout's
 * padding (2 x 1.5rem), the navigation (16rem), the aside (14rem) and two gaps (2 x 2rem) is the
 * 688 px main column; the figure's padding (2 x 0.75rem) and border (2 x 1px) leave 662.
 */
const COLUMN_PX = 662;

/**
 * The width a figure's drawing gets at a 390 px phone window, from site.css: under 48rem the
 * layout is one column with its padding (2 x 1.5rem), and the figure's padding and border leave 316.
 */
const PHONE_PX = 316;

/** Labels are drawn at this size or more, in CSS pixels, on every width the site lays a figure out for. */
const MIN_LABEL_PX = 12;

/** What every lesson page needs besides its own lesson. */
export interface EntryContext {
  plan: SitePlan;
  clusters: ReadonlyMap<string, Cluster>;
  /** The formats each diagram is offered in for download, with their renderers loaded. */
  downloads: readonly { format: OutputFormat; render: FormatRenderer }[];
  siteTitle: string;
  slidesPath: string;
  headerLinks: readonly HeaderLink[];
  /** The files of the site by path; each page adds itself and its diagrams' downloads. */
  files: Map<string, string>;
}

/** Renders the page of the lesson at `index` of the plan, adding it and its diagram files; returns the number of diagrams. */
export function renderLessonEntry(index: number, ctx: EntryContext): number {
  const entry = ctx.plan.entries[index]!;
  const { lesson, nav: page } = entry;
  let diagrams = 0;
  const body = renderLessonBody(lesson, {
    resolveLessonLink: (href) => {
      const [target = '', hash] = href.split('#');
      const other = ctx.plan.pageOf.get(resolve(dirname(lesson.file), decodeURI(target)));
      return other === undefined ? undefined : relativeHref(page.path, hash ? `${other}#${hash}` : other);
    },
    renderDiagram: (ref, n) => {
      diagrams++;
      return renderDiagram(ref, n, entry, ctx);
    },
  });
  const video = videoUrl(lesson.frontmatter.videoId);
  const previous = ctx.plan.entries[index - 1]?.nav;
  const next = ctx.plan.entries[index + 1]?.nav;
  ctx.files.set(
    page.path,
    renderLessonPage({
      siteTitle: ctx.siteTitle,
      path: page.path,
      title: lesson.frontmatter.title,
      excerpt: lesson.frontmatter.excerpt,
      module: entry.module.name,
      duration: lesson.frontmatter.duration,
      body,
      toc: lesson.headings,
      nav: ctx.plan.nav,
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
      deck: `${ctx.slidesPath}/${entry.module.slug}/${entry.slug}.html`,
      ...(entry.cover ? { cover: entry.cover.path } : {}),
      ...(video ? { video } : {}),
      headerLinks: ctx.headerLinks,
    }),
  );
  return diagrams;
}

// A diagram inline, its colours following the page's scheme, with a file for each download format.
function renderDiagram(ref: DiagramRef, n: number, entry: SiteEntry, ctx: EntryContext): string {
  const cluster = ctx.clusters.get(modelKey(ref.model))!;
  const id = `diagram-${n + 1}`;
  const base = posix.basename(ref.src).replace(/\.svg$/i, '');
  const svgOptions = { view: ref.view, highlight: ref.highlight, ...(ref.node === undefined ? {} : { node: ref.node }) };
  // Laid out for the column the figure is shown in, so its labels read at 12 px or more there;
  // one SVG that follows the page's light or dark scheme. A second one, laid out for a phone, only
  // when the column's would draw its labels under 12 px on one.
  const column = { ...svgOptions, fit: { width: COLUMN_PX }, minFontPx: MIN_LABEL_PX };
  const svg = toSvg(cluster, { ...column, theme: 'auto' });
  const phone = labelPx(layoutView(cluster, column), { width: PHONE_PX }) < MIN_LABEL_PX - 1e-9 ? phoneSvg(cluster, svgOptions) : undefined;
  const links = ctx.downloads.map(({ format, render }) => {
    const path = `${entry.module.slug}/diagrams/${entry.slug}/${base}${format.extensions[0]}`;
    ctx.files.set(path, downloadText(render, cluster, { ...svgOptions, theme: 'light' }));
    return { label: format.label, href: relativeHref(entry.nav.path, path) };
  });
  const a11y = { title: ref.alt || views[ref.view].title, description: views[ref.view].description };
  return renderFigure({
    id,
    caption: ref.alt || views[ref.view].title,
    view: ref.view,
    svg: prepareSvg(svg, { ...a11y, idPrefix: id }),
    ...(phone === undefined ? {} : { phone: { svg: prepareSvg(phone.svg, { ...a11y, idPrefix: `${id}-phone` }), scroll: phone.scroll } }),
    downloads: links,
  });
}

// A figure laid out for a phone's width. A picture that cannot keep its labels at 12 px there (a
// story of many participants) is drawn as wide as that takes, and the phone scrolls it sideways.
function phoneSvg(cluster: Cluster, options: SvgOptions): { svg: string; scroll: boolean } {
  const phone = { ...options, fit: { width: PHONE_PX }, minFontPx: MIN_LABEL_PX };
  const svg = toSvg(cluster, { ...phone, theme: 'auto' });
  const layout = layoutView(cluster, phone);
  if (labelPx(layout, { width: PHONE_PX }) >= MIN_LABEL_PX - 1e-9) return { svg, scroll: false };
  const { w, h } = layout.viewBox;
  const width = Math.ceil((w * MIN_LABEL_PX) / labelPx(layout, { width: w }));
  const height = Math.ceil((width * h) / w);
  return { svg: svg.replace(/^(<svg\b[^>]*?) width="[^"]*" height="[^"]*"/, `$1 width="${width}" height="${height}"`), scroll: true };
}

// The site writes text files only; a binary format among the downloads is a mistake in DOWNLOADS.
function downloadText(render: FormatRenderer, cluster: Cluster, options: Parameters<FormatRenderer>[1]): string {
  const out = render(cluster, options);
  if (typeof out !== 'string') throw new Error('buildSite: a download format gave bytes: expected a text format such as "svg" or "mermaid"');
  return out;
}
