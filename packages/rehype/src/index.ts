/**
 * A rehype plugin that draws Kubegram cluster diagrams at build time, for Astro, Docusaurus, MDX
 * and any unified pipeline.
 *
 * @module @kubegram/rehype
 */
export { rehypeKubegram, rehypeKubegram as default } from './rehype-kubegram.js';
export type { VFileLike } from './rehype-kubegram.js';
export type { DiagramProblem, DiagramTheme, KubegramOptions } from '@kubegram/markdown-it/core';
