/** The fence info word that marks a diagram for the diagram plugin. */
export const DIAGRAM_FENCE = 'kubegram-diagram';

/** How a diagram sits on its slide, carried as JSON in the fence's info string. */
export interface DiagramMeta {
  /** The diagram's number in the lesson (1-based); tour slides share their diagram's number. */
  diagram: number;
  /** Height of the drawing in pixels; the caption comes on top of it. */
  height: number;
  /** Height reserved for the caption, the same on every step of a tour. */
  captionHeight: number;
  /** Text under the drawing; `label` is set in bold before it. */
  caption?: { label?: string; text: string };
  /** For a tour step: its number (1-based), the number of steps and the highlighted element. */
  step?: { index: number; count: number; element: string };
}

/** Writes a diagram's SVG as a fenced block the diagram plugin renders. */
export function diagramFence(svg: string, meta: DiagramMeta): string {
  // The info string ends at the line's end and may not hold a backtick; JSON escapes keep both out.
  const info = JSON.stringify(meta).replace(/`/g, '\\u0060');
  return `\`\`\`\`${DIAGRAM_FENCE} ${info}\n${svg.trim()}\n\`\`\`\``;
}

/** Reads the meta of a diagram fence's info string; undefined when the fence is not a diagram. */
export function readDiagramMeta(info: string): DiagramMeta | undefined {
  const trimmed = info.trim();
  if (!trimmed.startsWith(`${DIAGRAM_FENCE} `) && trimmed !== DIAGRAM_FENCE) return undefined;
  const json = trimmed.slice(DIAGRAM_FENCE.length).trim();
  const parsed: unknown = json === '' ? {} : JSON.parse(json);
  const meta = parsed as Partial<DiagramMeta>;
  return {
    diagram: typeof meta.diagram === 'number' ? meta.diagram : 0,
    height: typeof meta.height === 'number' ? meta.height : 400,
    captionHeight: typeof meta.captionHeight === 'number' ? meta.captionHeight : 0,
    ...(meta.caption ? { caption: meta.caption } : {}),
    ...(meta.step ? { step: meta.step } : {}),
  };
}
