/**
 * A markdown-it plugin that draws Kubegram cluster diagrams at build time.
 *
 * @module @kubegram/markdown-it
 */
export { markdownItKubegram, markdownItKubegram as default } from './markdown-it-kubegram.js';
export type { MarkdownItLike } from './markdown-it-kubegram.js';
export type { DiagramProblem, DiagramTheme, KubegramOptions } from './core/index.js';
