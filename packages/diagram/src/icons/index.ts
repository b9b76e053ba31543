export { iconBadge, ICON_TEXT } from './icon-badge.js';
export type { BadgeStyle } from './icon-badge.js';
