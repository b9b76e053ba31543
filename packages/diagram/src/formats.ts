import { mermaidFormat } from './mermaid/mermaid-format.js';
import { pngFormat } from './png/png-format.js';
import { svgFormat } from './svg/svg-format.js';
import { textFormat } from './text/text-format.js';
import type { OutputFormat } from './types.js';

/**
 * Every output format, in the order tools list them: a new format is a folder with its renderer
 * and its entry, and a line here. The first is the default.
 */
export const formats: readonly OutputFormat[] = [svgFormat, mermaidFormat, pngFormat, textFormat];
