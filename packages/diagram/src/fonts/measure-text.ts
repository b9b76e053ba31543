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

// Latin, Latin-1 and Latin Extended, which nearly every label is written in, also sit in a flat
// table read by char code (NaN where the face has no glyph): measuring then looks nothing up by key.
const FLAT = 0x250;

function toFlat(lookup: ReadonlyMap<number, number>): Float64Array {
  const flat = new Float64Array(FLAT).fill(Number.NaN);
  for (let cp = 0; cp < FLAT; cp++) flat[cp] = lookup.get(cp) ?? Number.NaN;
  return flat;
}

const REGULAR_FLAT = toFlat(REGULAR);
const BOLD_FLAT = toFlat(BOLD);

/** Width in pixels of `text` set in DejaVu Sans at `size` px, from the metrics table shipped with the package. */
export function measureText(text: string, size: number, weight: FontWeight = 'normal'): number {
  return emWidth(text, 0, text.length, weight) * size;
}

/**
 * Width in ems of the characters of `text` from `start` to `end`, as `measureText` of that slice at
 * 1 px: the words of a label are measured where they stand, without cutting each out of it.
 */
export function emWidth(text: string, start: number, end: number, weight: FontWeight): number {
  const table = weight === 'bold' ? BOLD : REGULAR;
  const flat = weight === 'bold' ? BOLD_FLAT : REGULAR_FLAT;
  let em = 0;
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    const w = cp < FLAT ? flat[cp]! : Number.NaN;
    if (w === w) {
      em += w;
      continue;
    }
    // A pair of surrogates is one code point; a lone one counts as itself, as iterating the string does.
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    // Control and format characters draw nothing, but count them as narrow rather than trust them.
    em += table.get(cp) ?? (cp < 0x20 ? 0.3 : FALLBACK_EM);
  }
  return em;
}
