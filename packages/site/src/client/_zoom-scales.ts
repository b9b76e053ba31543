/** What the full view knows when it opens: the picture's size in its own units, the room, the smallest label. */
export interface ZoomInput {
  picture: { w: number; h: number };
  viewport: { w: number; h: number };
  /** The smallest font size in the picture, in its own units. */
  smallestLabel: number;
  /** The smallest label size the view opens with, in CSS pixels. */
  minLabelPx: number;
}

/** The zoom levels of the full view, as CSS pixels per picture unit. */
export interface ZoomScales {
  /** Where it opens: the whole picture if that keeps every label readable, else just readable. */
  initial: number;
  /** How far it zooms out: to the whole picture in the window. */
  min: number;
  /** How far it zooms in. */
  max: number;
}

// Zooming in past eight times the opening level shows nothing new: the labels are already huge.
const MAX_FACTOR = 8;

/** Chooses the opening, smallest and largest zoom of a picture shown in a viewport. */
export function zoomScales(input: ZoomInput): ZoomScales {
  const { picture, viewport } = input;
  const fit = Math.min(viewport.w / picture.w, viewport.h / picture.h);
  const readable = input.minLabelPx / input.smallestLabel;
  const initial = Math.max(fit, readable);
  return { initial, min: Math.min(fit, initial), max: initial * MAX_FACTOR };
}
