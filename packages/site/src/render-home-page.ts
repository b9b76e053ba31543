import { escapeHtml } from '@kubegram/content';
import { layout } from './_layout.ts';
import { relativeHref } from './_relative.ts';
import type { HeaderLink, NavModule } from './types.ts';

/** What the course's front page shows. */
export interface HomePageInput {
  siteTitle: string;
  /** One paragraph about the course. */
  intro: string;
  nav: readonly NavModule[];
  /** Each lesson's excerpt, duration and cover image (relative to the site root) by page path. */
  summaries: Readonly<Record<string, { excerpt: string; duration: string; cover?: string }>>;
  /** The links in every page's header after the course's name; none by default. */
  headerLinks?: readonly HeaderLink[];
}

/** The front page (`index.html`): the course's modules and their lessons, in order. */
export function renderHomePage(input: HomePageInput): string {
  const path = 'index.html';
  const modules = input.nav
    .map((m) => {
      const lessons = m.lessons
        .map((l) => {
          const s = input.summaries[l.path];
          const meta = s?.duration ? ` <span class="course__duration">${escapeHtml(s.duration)}</span>` : '';
          const cover = s?.cover ? `<img class="course__cover" src="${escapeHtml(relativeHref(path, s.cover))}" alt="" loading="lazy">` : '';
          return `<li>${cover}<a href="${escapeHtml(relativeHref(path, l.path))}">${escapeHtml(l.title)}</a>${meta}${s?.excerpt ? `<p>${escapeHtml(s.excerpt)}</p>` : ''}</li>`;
        })
        .join('');
      return `<section class="course__module" aria-labelledby="module-${escapeHtml(m.slug)}"><h2 id="module-${escapeHtml(m.slug)}">${escapeHtml(m.name)}</h2><ol>${lessons}</ol></section>`;
    })
    .join('');
  const main = `<div class="course"><h1>${escapeHtml(input.siteTitle)}</h1><p class="course__intro">${escapeHtml(input.intro)}</p>${modules}</div>`;
  return layout({ siteTitle: input.siteTitle, path, title: input.siteTitle, description: input.intro, nav: input.nav, main, aside: '', headerLinks: input.headerLinks ?? [] });
}
