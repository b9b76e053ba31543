/**
 * PNG output through resvg, with the fonts the layout measures text with.
 *
 * @module @kubegram/diagram/png
 */
export { toPng } from './to-png.js';
export type { PngOptions } from './to-png.js';
