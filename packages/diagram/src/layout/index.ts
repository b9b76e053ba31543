export { focusViewBox } from './focus-view-box.js';
export { labelPx } from './label-px.js';
export { layoutView } from './layout-view.js';
export type { FitFrame, LayoutOptions } from './layout-view.js';
export type { CyclePhase, Layout, LayoutBox, LayoutCycle, LayoutEdge, LayoutStep, Lifeline, Point, Rect, TextBlock } from './types.js';
export { storyPages } from './story-pages.js';
export type { StoryPage } from './story-pages.js';
