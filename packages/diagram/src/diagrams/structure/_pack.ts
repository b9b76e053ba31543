/** A grid of boxes: how many columns, and the height of each row. */
export interface Pack {
  cols: number;
  cellW: number;
  rowH: number[];
  w: number;
  h: number;
}

/**
 * Packs boxes in reading order into equal-width columns, each row as high as its highest box,
 * choosing the column count whose grid is closest to the `aspect` (width over height) shape.
 */
export function pack(sizes: readonly { w: number; h: number }[], gap: number, aspect: number): Pack {
  const cellW = Math.max(0, ...sizes.map((s) => s.w));
  let best: Pack | undefined;
  let bestScore = Infinity;
  // Past a couple of hundred columns no picture is the right shape; the bound keeps this linear.
  for (let cols = 1; cols <= Math.min(sizes.length, 200); cols++) {
    const rowH: number[] = [];
    sizes.forEach((s, i) => {
      const r = Math.floor(i / cols);
      rowH[r] = Math.max(rowH[r] ?? 0, s.h);
    });
    const w = cols * cellW + (cols - 1) * gap;
    const h = rowH.reduce((a, b) => a + b, 0) + (rowH.length - 1) * gap;
    const score = Math.max(w, h * aspect);
    if (score < bestScore - 1e-9) {
      bestScore = score;
      best = { cols, cellW, rowH, w, h };
    }
  }
  return best ?? { cols: 1, cellW, rowH: [], w: 0, h: 0 };
}

/** Places boxes in a packed grid from `left`, `top`, each as wide as a column is. */
export function placePacked<T extends { w: number; x: number; y: number }>(boxes: readonly T[], p: Pack, left: number, top: number, gap: number, cellW = p.cellW): void {
  let y = top;
  p.rowH.forEach((h, r) => {
    for (let c = 0; c < p.cols; c++) {
      const b = boxes[r * p.cols + c];
      if (!b) break;
      b.x = left + c * (cellW + gap);
      b.y = y;
      b.w = cellW;
    }
    y += h + gap;
  });
}
