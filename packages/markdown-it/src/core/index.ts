/**
 * The core both docs plugins share: reading `kubegram` fences and `kubegram:` references, loading
 * and checking their models, and drawing them as inline HTML, with problems located in the
 * Markdown file.
 *
 * @module @kubegram/markdown-it/core
 */
export { checkSelection } from './check-selection.js';
export type { Selection } from './check-selection.js';
export { markdownSource } from './markdown-source.js';
export type { MarkdownSource } from './markdown-source.js';
export { parseFenceOptions } from './parse-fence-options.js';
export type { FenceOptions } from './parse-fence-options.js';
export { parseInlineModel } from './parse-inline-model.js';
export { prepareFence } from './prepare-fence.js';
export type { FencePlaces } from './prepare-fence.js';
export { prepareReference } from './prepare-reference.js';
export { isDiagramTitle } from './is-diagram-title.js';
export { readReference } from './read-reference.js';
export type { ImageParts } from './read-reference.js';
export { renderDiagram } from './render-diagram.js';
export type { RenderDiagramOptions } from './render-diagram.js';
export { renderProblems } from './render-problems.js';
export { reportProblems } from './report-problems.js';
export type { ReportOptions } from './report-problems.js';
export type { DiagramProblem, DiagramRequest, DiagramTheme, Prepared, SourcePoint } from './types.js';
export { DEFAULT_OPTIONS } from './options.js';
export type { KubegramOptions } from './options.js';
