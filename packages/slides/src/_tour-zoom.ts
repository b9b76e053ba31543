import { focusViewBox, labelPx, layoutView, type LayoutOptions } from '@kubegram/diagram';
import type { Cluster } from '@kubegram/model';

// The label sizes a tour's picture may be laid out for, largest first: every step closes in on its
// element, so the whole picture can keep more of its detail than one shown at its full size.
const TRIES = [16, 14, 12, 11, 10, 9, 8];

/**
 * The least label size, in CSS pixels, a tour's picture is laid out for in its frame: the largest
 * at which every step's element is drawn (not folded away) and its close-up shows every label at
 * `minPx` or more. `minPx` itself when no size does both, as a picture without a tour.
 */
export function tourFontPx(cluster: Cluster, options: LayoutOptions, frame: { width: number; height: number }, ids: readonly string[], minPx: number): number {
  for (const px of TRIES.filter((n) => n <= minPx)) {
    const layout = layoutView(cluster, { ...options, fit: frame, minFontPx: px });
    const readable = ids.every((id) => layout.boxes.some((b) => b.id === id) && labelPx({ ...layout, viewBox: focusViewBox(layout, id) }, frame) >= minPx - 1e-9);
    if (readable) return px;
  }
  return minPx;
}
