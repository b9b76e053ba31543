/** A lower bound between two layout coordinates on one axis: `to` lies at least `gap` cells after `from`. */
export interface AxisRule {
  from: number;
  to: number;
  gap: number;
}

/**
 * Maps layout coordinates on one axis to character cells: distances scaled by `scale`, distinct
 * coordinates at least one cell apart, and every rule met. Order is kept, so boxes that nest or sit
 * side by side in the layout still do on the grid. One pass in coordinate order: every rule points
 * forward, so its `from` cell is final when its `to` is placed.
 */
export function axisCells(coords: readonly number[], rules: readonly AxisRule[], scale: number): Map<number, number> {
  const sorted = [...new Set(coords)].sort((a, b) => a - b);
  const into = new Map<number, AxisRule[]>();
  for (const r of rules) {
    const list = into.get(r.to);
    if (list) list.push(r);
    else into.set(r.to, [r]);
  }
  const cells = new Map<number, number>();
  let last = 0;
  sorted.forEach((v, i) => {
    let cell = i === 0 ? 0 : last + Math.max(1, Math.round((v - sorted[i - 1]!) * scale));
    for (const r of into.get(v) ?? []) cell = Math.max(cell, (cells.get(r.from) ?? 0) + r.gap);
    cells.set(v, cell);
    last = cell;
  });
  return cells;
}
