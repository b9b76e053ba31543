import { parseBlocks } from './_markdown.js';
import { refsFromBlocks } from './_refs-from-blocks.js';
import type { DiagramRefsResult } from './types.js';

/**
 * Finds the diagram references in a lesson's Markdown: images whose title starts with
 * `kubegram:`. Code blocks are skipped. `bodyLine` is the file line the Markdown starts on, so
 * lines point into the file. Never throws: each malformed reference comes back as an error.
 */
export function findDiagramRefs(markdown: string, file: string, bodyLine = 1): DiagramRefsResult {
  return refsFromBlocks(parseBlocks(markdown), markdown, file, bodyLine);
}
