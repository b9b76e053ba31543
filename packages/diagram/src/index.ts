export { toMermaid } from './mermaid/index.js';
export type { MermaidOptions } from './mermaid/index.js';
export { darkTheme, lightTheme, themes } from './theme/index.js';
export type { KindStyle, Theme, ThemeName } from './theme/index.js';
