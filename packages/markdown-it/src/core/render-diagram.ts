import { toSvg } from '@kubegram/diagram';
import { escapeHtml, scopeSvgIds } from '@kubegram/content';
import { hideMustaches } from './_hide-mustaches.js';
import type { DiagramRequest } from './types.js';

/** How a drawn diagram is placed in the page. */
export interface RenderDiagramOptions {
  /** Prefix for the SVG's ids, unique in the page. */
  idPrefix: string;
  /** The caption and accessible name (a reference's alt text); none by default. */
  caption?: string;
  /** `block` gives a `<figure>`; `inline` a `<span>`, for an image inside a line of text. */
  placement?: 'block' | 'inline';
}

/**
 * Draws a diagram as inline SVG wrapped in a `<figure>` (with the caption) or a `<span>`, its ids
 * scoped by `idPrefix`. The HTML holds no `{{`, so Vue templates take it as plain markup.
 */
export function renderDiagram(request: DiagramRequest, options: RenderDiagramOptions): string {
  const { cluster, view, highlight, node, theme } = request;
  const caption = options.caption?.trim() ?? '';
  const svg = toSvg(cluster, { view, highlight, theme, ...(node === undefined ? {} : { node }), ...(caption === '' ? {} : { title: caption }) });
  const body = hideMustaches(scopeSvgIds(svg.replace(/^<\?xml[^>]*>\s*/, ''), options.idPrefix));
  const attrs = `class="kubegram-diagram" data-view="${hideMustaches(escapeHtml(view))}"`;
  if (options.placement === 'inline') return `<span ${attrs}>${body}</span>`;
  return `<figure ${attrs}>${body}${caption === '' ? '' : `<figcaption>${hideMustaches(escapeHtml(caption))}</figcaption>`}</figure>\n`;
}
