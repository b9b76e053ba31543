import type { OutputFormat } from '../types.js';

/** SVG: the picture as vector graphics, for pages, slides and editors. */
export const svgFormat: OutputFormat = {
  name: 'svg',
  label: 'SVG',
  extensions: ['.svg'],
  mediaType: 'image/svg+xml',
  binary: false,
  description: 'vector picture for pages, slides and editors',
  // Loaded on demand, so reading the list of formats costs nothing.
  load: async () => (await import('./to-svg.js')).toSvg,
};
