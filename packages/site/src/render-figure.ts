import { escapeHtml } from '@kubegram/content';

/** What an inline diagram figure shows. */
export interface FigureInput {
  /** Id of the figure, unique in the page. */
  id: string;
  /** The caption: the reference's alt text. */
  caption: string;
  /** The view drawn, such as `overview`. */
  view: string;
  /** The diagram, drawn with `theme: 'auto'` so its colours follow the page, ready to inline. */
  svg: string;
  /**
   * The diagram laid out for a phone, shown instead of `svg` in a narrow window, its ids scoped apart
   * from `svg`'s; `scroll` when it is drawn wider than the phone, which scrolls it sideways.
   */
  phone?: { svg: string; scroll: boolean };
  /** The download links, one per format: its name as people read it and where it points, relative to the page. */
  downloads: readonly { label: string; href: string }[];
}

/**
 * An inline diagram: one SVG whose colours follow the reader's colour scheme (and, when given, a
 * second laid out for a phone, the stylesheet showing one of the two by the window's width), a
 * tooltip the client script fills, and a link to download each format offered.
 */
export function renderFigure(input: FigureInput): string {
  const id = escapeHtml(input.id);
  const caption = escapeHtml(input.caption);
  return [
    `<figure class="kg-diagram" id="${id}" data-kg-diagram data-view="${escapeHtml(input.view)}">`,
    `<div class="kg-diagram__canvas${input.phone === undefined ? '' : ' kg-diagram__canvas--phone'}">`,
    input.svg,
    ...(input.phone === undefined ? [] : [`<div class="kg-diagram__phone${input.phone.scroll ? ' kg-diagram__phone--scroll' : ''}">`, input.phone.svg, '</div>']),
    `<div class="kg-tooltip" role="tooltip" id="${id}-tooltip" hidden></div>`,
    `</div>`,
    `<figcaption><span class="kg-diagram__caption">${caption}</span>`,
    `<span class="kg-diagram__downloads">`,
    ...input.downloads.map((d) => `<a href="${escapeHtml(d.href)}" download>Download ${escapeHtml(d.label)}<span class="kg-visually-hidden"> of ${caption}</span></a>`),
    `</span></figcaption>`,
    `<p class="kg-visually-hidden" aria-live="polite" data-kg-status></p>`,
    `</figure>`,
  ].join('');
}
