import { DEJAVU_SANS, DEJAVU_SANS_BOLD, type FaceMetrics } from './_dejavu-metrics.js';

/** Font weight a label is set in. */
export type FontWeight = 'normal' | 'bold';

// Wider than any Latin glyph and than a CJK ideograph (1 em), so text set in a fallback font for a
// glyph DejaVu Sans lacks still fits the box measured for it.
const FALLBACK_EM = 1.25;

function toLookup(face: FaceMetrics): Map<number, number> {
  const map = new Map<number, number>();
  for (const range of face.ranges) {
    range.widths.forEach((w, i) => {
      if (w >= 0) map.set(range.from + i, w / face.unitsPerEm);
    });
  }
  return map;
}

const REGULAR = toLookup(DEJAVU_SANS);
const BOLD = toLookup(DEJAVU_SANS_BOLD);

/** Width in pixels of `text` set in DejaVu Sans at `size` px, from the metrics table shipped with the package. */
export function measureText(text: string, size: number, weight: FontWeight = 'normal'): number {
  const table = weight === 'bold' ? BOLD : REGULAR;
  let em = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    // Control and format characters draw nothing, but count them as narrow rather than trust them.
    em += table.get(cp) ?? (cp < 0x20 ? 0.3 : FALLBACK_EM);
  }
  return em * size;
}
