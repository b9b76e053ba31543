export { toPng } from './to-png.js';
export type { PngOptions } from './to-png.js';
