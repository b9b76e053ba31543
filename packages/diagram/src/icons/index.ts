export { ICON_TEXT } from './icon-text.js';
export { iconBadge } from './icon-badge.js';
export type { BadgeStyle } from './icon-badge.js';
