import type { OutputFormat } from '../types.js';

/** PNG: a raster picture drawn by resvg, for chats and documents that take no SVG. */
export const pngFormat: OutputFormat = {
  name: 'png',
  label: 'PNG',
  extensions: ['.png'],
  mediaType: 'image/png',
  binary: true,
  description: 'raster picture, for places that take no SVG',
  // resvg is native code: loaded through the package's own Node-only entry, never by the browser build.
  load: async () => (await import('@kubegram/diagram/png')).toPng,
};
