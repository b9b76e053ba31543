export { measureText } from './measure-text.js';
export type { FontWeight } from './measure-text.js';
export { wrapText } from './wrap-text.js';
