import type { OutputFormat } from '../types.js';

/** Mermaid: diagram text that Markdown hosts draw themselves. */
export const mermaidFormat: OutputFormat = {
  name: 'mermaid',
  label: 'Mermaid',
  extensions: ['.mmd', '.mermaid'],
  mediaType: 'text/plain',
  binary: false,
  description: 'diagram text that Markdown hosts such as GitHub draw',
  // Loaded on demand, so reading the list of formats costs nothing.
  load: async () => (await import('./to-mermaid.js')).toMermaid,
};
