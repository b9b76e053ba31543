/**
 * Kubernetes architecture diagrams from the cluster model: SVG with a Kubernetes-aware layout, Mermaid text,
 * and box drawings for terminals; every output format is listed in `formats`.
 *
 * @module @kubegram/diagram
 */
export { toMermaid } from './mermaid/index.js';
export type { MermaidOptions } from './mermaid/index.js';
export { darkTheme, lightTheme, themes, themeTokens } from './theme/index.js';
export type { KindStyle, Theme, ThemeChoice, ThemeName } from './theme/index.js';
export { focusViewBox, labelPx, layoutView, storyPages } from './layout/index.js';
export type { FitFrame, Layout, LayoutBox, LayoutEdge, LayoutOptions, LayoutStep, Lifeline, Point, Rect, StoryPage, TextBlock } from './layout/index.js';
export type { StepRange } from './diagrams/types.js';
export { measureText, wrapText } from './fonts/index.js';
export type { FontWeight } from './fonts/index.js';
export { iconBadge } from './icons/index.js';
export { toSvg } from './svg/index.js';
export type { SvgOptions } from './svg/index.js';
export { toText } from './text/index.js';
export type { TextOptions } from './text/index.js';
export { formats } from './formats.js';
export { formatForPath } from './format-for-path.js';
export { formatNamed } from './format-named.js';
export type { FormatOptions, FormatRenderer, OutputFormat } from './types.js';
export { VIEW_DIAGRAMS } from './diagrams/diagram-types.js';
export type { DiagramName } from './diagrams/diagram-types.js';
