// The entry point of the browser build (dist/browser/kubegram.js): the renderers plus the model
// functions a page needs to make or check a cluster, in one module that needs no bundler.
export { toMermaid } from './mermaid/index.js';
export type { MermaidOptions } from './mermaid/index.js';
export { toSvg } from './svg/index.js';
export type { SvgOptions } from './svg/index.js';
export { darkTheme, lightTheme, themes } from './theme/index.js';
export { defineCluster, elementsOf, parseCluster, presets, relationsOf, selectView, VIEW_NAMES, views } from '@kubegram/model';
export type { Cluster, ViewName } from '@kubegram/model';
