export { toMermaid } from './to-mermaid.js';
export type { MermaidOptions } from './to-mermaid.js';
