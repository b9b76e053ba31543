// The slide geometry the theme uses, and estimates of how tall text set in it will be. Slides are
// laid out by these numbers before Marp ever sees them, so the estimates err on the wide side: a
// glyph is taken as wider than DejaVu Sans' average, a line as longer than it will be.

/** Slide size in CSS pixels (Marp's 16:9). */
export const SLIDE = { width: 1280, height: 720 } as const;

/** Inner padding of a slide; the footer and the page number sit in the bottom padding. */
export const PADDING = { top: 44, right: 72, bottom: 76, left: 72 } as const;

/** The box the content of a slide must fit in. */
export const CONTENT = {
  width: SLIDE.width - PADDING.left - PADDING.right,
  height: SLIDE.height - PADDING.top - PADDING.bottom,
} as const;

/** The least size a diagram's labels are drawn at on a 1280x720 slide, in CSS pixels: readable from the back of a room. */
export const DIAGRAM_FONT_PX = 16;

/** Type sizes and spacing, shared with the theme's CSS. */
export const TYPE = {
  title: { size: 60, lineHeight: 1.15 },
  heading: { size: 40, lineHeight: 1.2, after: 22 },
  body: { size: 26, lineHeight: 1.45, gap: 10 },
  code: { size: 20, lineHeight: 1.35, padding: 14, gap: 12 },
  /** Captions under diagrams; longer ones are clamped (their full text is in the notes). */
  caption: { size: 20, lineHeight: 1.4, before: 10, maxLines: 3 },
  footer: { size: 16 },
  /** Left indent of a list item per nesting level. */
  indent: 40,
} as const;

// Average advance of a glyph as a fraction of the font size, rounded up from DejaVu Sans (0.55 for
// mixed-case prose, more in capitals) and DejaVu Sans Mono (0.602).
const SANS_ADVANCE = 0.6;
const MONO_ADVANCE = 0.61;

/** How many characters of sans-serif text at `size` fit in `width` pixels. */
export function charsPerLine(width: number, size: number): number {
  return Math.max(8, Math.floor(width / (size * SANS_ADVANCE)));
}

/** How many characters of monospaced text at `size` fit in `width` pixels. */
export function monoCharsPerLine(width: number, size: number): number {
  return Math.max(8, Math.floor(width / (size * MONO_ADVANCE)));
}

/** The number of lines `text` wraps to at `perLine` characters, breaking at spaces like a browser. */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = [...word].length;
      const need = used === 0 ? len : used + 1 + len;
      if (need <= perLine) {
        used = need;
      } else if (used === 0) {
        // A word longer than a line breaks anywhere (the theme sets overflow-wrap: anywhere).
        lines += Math.ceil(len / perLine) - 1;
        used = len % perLine || perLine;
      } else {
        lines += Math.ceil(len / perLine);
        used = len % perLine || perLine;
      }
    }
  }
  return lines;
}

/** Height in pixels of `text` set at a type size in a box `width` wide. */
export function textHeight(text: string, width: number, type: { size: number; lineHeight: number }): number {
  return wrappedLines(text, charsPerLine(width, type.size)) * type.size * type.lineHeight;
}

/** Height of a slide heading. */
export function headingHeight(text: string): number {
  return textHeight(text, CONTENT.width, TYPE.heading) + TYPE.heading.after;
}
