export { toSvg } from './to-svg.js';
export type { SvgOptions } from './to-svg.js';
