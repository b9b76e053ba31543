import { escapeHtml } from '@kubegram/content';
import type { PdfMeta } from './_pdf-meta.js';

/** One render of a deck by Marp: its slides' HTML (with Marp's script) and its CSS. */
export interface DeckRender {
  html: string;
  css: string;
}

/** The element a render wraps its slides in, as marp-cli's bespoke template asks for one. */
export interface DeckContainer {
  tag: string;
  id: string;
}

// An identifier as it appears in a CSS selector: `:$p` is `\:\$p`.
const cssIdent = (id: string) => id.replace(/[^\w-]/g, (c) => `\\${c}`);

/**
 * A render without its container: the slides at the top of the page and their styles no longer
 * scoped to it, which is the render marp-cli's bare template makes of the same deck. Printed
 * with the container, a PDF has the same pages but one more level in its tagged structure.
 */
export function withoutContainer(render: DeckRender, container: DeckContainer): DeckRender {
  const open = `<${container.tag} id="${container.id}">`;
  const close = `</${container.tag}>`;
  const end = render.html.lastIndexOf(close);
  if (!render.html.startsWith(open) || end < 0) return render;
  return { html: render.html.slice(open.length, end) + render.html.slice(end + close.length), css: render.css.split(`${container.tag}#${cssIdent(container.id)} > `).join('') };
}

// The browser script marp-core ends a render with, and what in a slide needs it in Chromium: its
// custom elements, which scale headings and code to fit. The rest of it mends WebKit, and its
// watch over the slides keeps Chromium painting frames while a deck waits to print.
const MARP_SCRIPT = /<script>(?:(?!<\/script>)[\s\S])*<\/script>\s*$/;
const NEEDS_SCRIPT = /<marp-|\sis="marp-|data-auto-scaling|data-marp-fitting/;

/** A render's slides as Chromium prints them: without marp-core's script when no slide needs it. */
export function printedSlides(html: string): string {
  const script = MARP_SCRIPT.exec(html);
  if (script === null) return html;
  const slides = html.slice(0, script.index);
  return NEEDS_SCRIPT.test(slides) ? html : slides;
}

/**
 * The page Chromium prints a deck from, as marp-cli's bare template writes it for its PDFs: the
 * document's language and title, then the render's styles and slides. The template's screen-only
 * styles and social-media tags are left out, and marp-core's script when no slide needs it: they
 * change nothing on paper.
 */
export function printPage(render: DeckRender, meta: Pick<PdfMeta, 'title'>, lang: string | undefined): string {
  const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
  const title = meta.title ? `<title>${escapeHtml(meta.title)}</title>` : '';
  return `<!DOCTYPE html><html${langAttr}><head>${title}<meta charset="UTF-8"><style>${render.css}</style></head><body>${printedSlides(render.html)}</body></html>`;
}
