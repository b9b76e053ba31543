import type { OutputFormat } from '../types.js';

/** Text: boxes drawn with box-drawing characters, and stories as numbered messages, for terminals. */
export const textFormat: OutputFormat = {
  name: 'text',
  label: 'Text',
  extensions: ['.txt'],
  mediaType: 'text/plain',
  binary: false,
  description: 'box drawing for terminals and plain-text notes',
  // Loaded on demand, so reading the list of formats costs nothing.
  load: async () => (await import('./to-text.js')).toText,
};
