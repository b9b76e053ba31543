import { escapeHtml } from '@kubegram/content';
import { relativeHref } from './_relative.ts';
import type { HeaderLink, NavModule } from './types.ts';

/** What every page of the site has around its content. */
export interface LayoutInput {
  siteTitle: string;
  /** The page's path from the site root, such as `architecture/nodes.html`. */
  path: string;
  title: string;
  description: string;
  nav: readonly NavModule[];
  main: string;
  /** The aside beside the content, such as the table of contents; '' for none. */
  aside: string;
  /** The links in the header after the course's name, in order. */
  headerLinks: readonly HeaderLink[];
}

/** The page shell: head, header, course navigation, main content and aside. */
export function layout(input: LayoutInput): string {
  const to = (p: string) => escapeHtml(relativeHref(input.path, p));
  const nav = input.nav
    .map((m) => {
      const items = m.lessons
        .map((l) => `<li><a href="${to(l.path)}"${l.path === input.path ? ' aria-current="page"' : ''}>${escapeHtml(l.title)}</a></li>`)
        .join('');
      return `<section><h2 class="site-nav__module">${escapeHtml(m.name)}</h2><ol>${items}</ol></section>`;
    })
    .join('');
  const links = input.headerLinks.map((l) => `<a class="site-header__link" href="${to(l.href)}">${escapeHtml(l.label)}</a>`).join('');
  const pageTitle = input.path === 'index.html' ? input.siteTitle : `${input.title} · ${input.siteTitle}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(pageTitle)}</title>
<meta name="description" content="${escapeHtml(input.description)}">
<link rel="icon" href="${to('assets/favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${to('assets/site.css')}">
<script defer src="${to('assets/site.js')}"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to the content</a>
<header class="site-header"><a class="site-header__brand" href="${to('index.html')}">${escapeHtml(input.siteTitle)}</a>${links}</header>
<div class="site-layout${input.aside ? '' : ' site-layout--wide'}">
<nav class="site-nav" aria-label="Course">${nav}</nav>
<main id="main" tabindex="-1">${input.main}</main>
${input.aside ? `<aside class="site-aside">${input.aside}</aside>` : ''}
</div>
<footer class="site-footer"><p>Every diagram on this site is drawn from a cluster model by Kubegram.</p></footer>
</body>
</html>
`;
}
