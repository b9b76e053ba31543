export { toText } from './to-text.js';
export type { TextOptions } from './to-text.js';
