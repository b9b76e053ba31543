import type { Marp, MarpOptions } from '@marp-team/marp-core';
import { createMarp } from './create-marp.js';
import { printPage, withoutContainer, type DeckContainer } from './_print-page.js';

/** What a printed deck carries besides its pages: each slide's speaker notes and the deck's description. */
export interface PdfMeta {
  /** Each slide's notes, as Marp collects them from its HTML comments. */
  comments: string[][];
  title?: string;
  description?: string;
  author?: string;
  keywords?: string[];
  /** The slide size in CSS pixels. */
  width: number;
  height: number;
}

// Where marp-cli's own plugin leaves a deck's title, description, author and keywords (the title
// taken from the first heading when the deck names none).
const DIRECTIVES = { title: 'marpCLITitle', description: 'marpCLIDescription', author: 'marpCLIAuthor', keywords: 'marpCLIKeywords' } as const;

function readMeta(marp: Marp, comments: string[][]): PdfMeta {
  const g = (marp as unknown as { lastGlobalDirectives?: Record<string, unknown> }).lastGlobalDirectives ?? {};
  // The theme marp-cli sizes its pages by: the deck's, else the default.
  const theme = (g['theme'] as string | undefined) || marp.themeSet.default?.name || '';
  const meta: PdfMeta = { comments, width: Number(marp.themeSet.getThemeProp(theme, 'widthPixel')), height: Number(marp.themeSet.getThemeProp(theme, 'heightPixel')) };
  for (const [key, directive] of Object.entries(DIRECTIVES)) if (g[directive] !== undefined) Object.assign(meta, { [key]: g[directive] });
  return meta;
}

/** A deck ready to print: the page Chromium prints, and what its PDF carries besides. */
export interface PrintDeck {
  page: string;
  meta: PdfMeta;
}

/**
 * A Marp engine factory for marp-cli that hands each deck it renders, with its Markdown, to
 * `onRender` as a page to print: whatever template marp-cli writes, the PDF is printed from that
 * same render, and its notes and document information come from it too, not from a second one.
 */
export function printDeckRecorder(onRender: (markdown: string, deck: PrintDeck) => void): (options: MarpOptions) => Marp {
  return (options) => {
    const marp = createMarp(options);
    const render = marp.render.bind(marp);
    marp.render = ((markdown: string, env?: unknown) => {
      const result = render(markdown, env);
      const meta = readMeta(marp, result.comments);
      const container = options.container as Partial<DeckContainer> | undefined;
      const printed = container?.tag && container.id ? withoutContainer(result, { tag: container.tag, id: container.id }) : result;
      onRender(markdown, { page: printPage(printed, meta, options.lang), meta });
      return result;
    }) as Marp['render'];
    return marp;
  };
}
