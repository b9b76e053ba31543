export { layoutView } from './layout-view.js';
export type { LayoutOptions } from './layout-view.js';
export type { Layout, LayoutBox, LayoutEdge, LayoutStep, Lifeline, Point, Rect, TextBlock } from './types.js';
