import { escapeHtml } from '@kubegram/content';
import { layout } from './_layout.ts';
import { relativeHref } from './_relative.ts';
import type { HeaderLink, NavLesson, NavModule, TocEntry } from './types.ts';

/** Everything a lesson page shows. */
export interface LessonPageInput {
  siteTitle: string;
  /** The page's path from the site root. */
  path: string;
  title: string;
  excerpt: string;
  module: string;
  /** Reading or video time; '' for none. */
  duration: string;
  /** The lesson's body, rendered. */
  body: string;
  toc: readonly TocEntry[];
  nav: readonly NavModule[];
  previous?: NavLesson;
  next?: NavLesson;
  /** The lesson's deck, relative to the site root. */
  deck: string;
  /** The cover image, relative to the site root; absent for none. */
  cover?: string;
  /** The page the lesson's video plays on (from `videoUrl`); absent for none. */
  video?: string;
  /** The links in every page's header after the course's name; none by default. */
  headerLinks?: readonly HeaderLink[];
}

/** A lesson's page: title, deck link, body, table of contents, and previous / next links. */
export function renderLessonPage(input: LessonPageInput): string {
  const to = (p: string) => escapeHtml(relativeHref(input.path, p));
  const meta = [
    input.duration ? `<span>${escapeHtml(input.duration)}</span>` : '',
    `<a class="lesson__deck" href="${to(input.deck)}">Open the slides</a>`,
    // A link, not an embedded player: nothing is loaded from the video's site until the reader asks.
    input.video ? `<a class="lesson__video" href="${escapeHtml(input.video)}" target="_blank" rel="noopener noreferrer">Watch the video<span class="kg-visually-hidden"> (opens ${escapeHtml(new URL(input.video).host)} in a new tab)</span></a>` : '',
  ].filter(Boolean);
  const cover = input.cover ? `\n<img class="lesson__cover" src="${to(input.cover)}" alt="">` : '';
  const pager = (l: NavLesson | undefined, rel: 'prev' | 'next') =>
    l
      ? `<a class="pager__${rel}" rel="${rel}" href="${to(l.path)}"><span class="pager__label">${rel === 'prev' ? 'Previous' : 'Next'}</span> ${escapeHtml(l.title)}</a>`
      : '<span></span>';
  const main = `<article class="lesson">
<header class="lesson__header">
<p class="lesson__module">${escapeHtml(input.module)}</p>
<h1>${escapeHtml(input.title)}</h1>
${input.excerpt ? `<p class="lesson__excerpt">${escapeHtml(input.excerpt)}</p>` : ''}
<p class="lesson__meta">${meta.join(' · ')}</p>${cover}
</header>
<div class="lesson__body">${input.body}</div>
<nav class="pager" aria-label="Previous and next lesson">${pager(input.previous, 'prev')}${pager(input.next, 'next')}</nav>
</article>`;
  const entries = input.toc.filter((h) => h.depth === 2 || h.depth === 3);
  const aside = entries.length
    ? `<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">On this page</h2><ol>${entries
        .map((h) => `<li class="toc__depth-${h.depth}"><a href="#${escapeHtml(h.slug)}">${escapeHtml(h.text)}</a></li>`)
        .join('')}</ol></nav>`
    : '';
  return layout({ siteTitle: input.siteTitle, path: input.path, title: input.title, description: input.excerpt, nav: input.nav, main, aside, headerLinks: input.headerLinks ?? [] });
}
