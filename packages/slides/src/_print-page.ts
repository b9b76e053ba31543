import { escapeHtml } from '@kubegram/content';
import type { PdfMeta } from './_pdf-meta.js';

/** One render of a deck by Marp: its slides' HTML (with Marp's script) and its CSS. */
export interface DeckRender {
  html: string;
  css: string;
}

/**
 * The page Chromium prints a deck from, as marp-cli's bare template writes it for its PDFs: the
 * document's language and title, then the render's styles and slides. The template's screen-only
 * styles and social-media tags are left out: they change nothing on paper.
 */
export function printPage(render: DeckRender, meta: Pick<PdfMeta, 'title'>, lang: string | undefined): string {
  const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
  const title = meta.title ? `<title>${escapeHtml(meta.title)}</title>` : '';
  return `<!DOCTYPE html><html${langAttr}><head>${title}<meta charset="UTF-8"><style>${render.css}</style></head><body>${render.html}</body></html>`;
}
