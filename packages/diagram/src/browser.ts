// The entry point of the browser build (dist/browser/kubegram.js): the renderers plus the model
// functions a page needs to make or check a cluster, in one module that needs no bundler.
export { toMermaid } from './mermaid/index.js';
export type { MermaidOptions } from './mermaid/index.js';
export { toSvg } from './svg/index.js';
export type { SvgOptions } from './svg/index.js';
export { toText } from './text/index.js';
export type { TextOptions } from './text/index.js';
export { darkTheme, lightTheme, themes, themeTokens } from './theme/index.js';
// PNG's entry is listed too; its renderer needs Node and fails to load in a page.
export { formats } from './formats.js';
export { formatForPath } from './format-for-path.js';
export { formatNamed } from './format-named.js';
export type { FormatOptions, FormatRenderer, OutputFormat } from './types.js';
export { defineCluster, elementsOf, parseCluster, presets, relationsOf, selectView, VIEW_NAMES, views } from '@kubegram/model';
export type { Cluster, ViewName } from '@kubegram/model';
