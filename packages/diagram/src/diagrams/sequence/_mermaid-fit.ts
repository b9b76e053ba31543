import type { Frame } from '../../layout/_fit.js';
import type { MermaidFit } from '../types.js';

/** A sequence in Mermaid for a frame: scaled to its width, messages wrapped, participant boxes narrower in a narrow frame. */
export function sequenceMermaidFit(frame: Frame): MermaidFit {
  const width = Math.round(Math.max(90, Math.min(150, frame.width / 6)));
  return { section: 'sequence', settings: { useMaxWidth: true, wrap: true, width } };
}
