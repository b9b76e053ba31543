import type { OutputFormat } from '../types.js';

/** PNG: a raster picture drawn by resvg, for chats and documents that take no SVG. */
export const pngFormat: OutputFormat = {
  name: 'png',
  label: 'PNG',
  extensions: ['.png'],
  mediaType: 'image/png',
  binary: true,
  description: 'raster picture, for places that take no SVG',
  load: loadToPng,
};

// resvg is native code, loaded through the package's own Node-only entry. The specifier is held in
// a variable so that no bundler (esbuild, Vite, webpack) follows it into a browser bundle; there,
// asking for PNG rejects with the reason instead of breaking the whole build.
const PNG_ENTRY = '@kubegram/diagram/png';

async function loadToPng(): Promise<typeof import('./to-png.js').toPng> {
  if (typeof process === 'undefined' || !process.versions?.node) {
    throw new Error('the png format needs Node.js (resvg is native code): in a browser, draw the SVG on a canvas instead');
  }
  return ((await import(/* @vite-ignore */ PNG_ENTRY)) as typeof import('./to-png.js')).toPng;
}
