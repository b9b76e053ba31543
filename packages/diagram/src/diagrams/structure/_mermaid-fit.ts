import type { Frame } from '../../layout/_fit.js';
import type { MermaidFit } from '../types.js';

/**
 * A structure view in Mermaid for a frame: left to right for a wide frame, top to bottom otherwise;
 * scaled to the frame's width, labels wrapped at a quarter of it (within Mermaid's usual 200).
 */
export function structureMermaidFit(frame: Frame): MermaidFit {
  const wide = frame.height !== undefined && frame.width / frame.height >= 1.5;
  const wrappingWidth = Math.round(Math.max(100, Math.min(200, frame.width / 4)));
  return { keyword: `flowchart ${wide ? 'LR' : 'TB'}`, section: 'flowchart', settings: { useMaxWidth: true, wrappingWidth } };
}
