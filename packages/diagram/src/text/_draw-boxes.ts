import type { LayoutBox } from '../layout/types.js';
import { axisCells, type AxisRule } from './_axis.js';

/** Characters per layout pixel across and down: a 100-pixel leaf is about 12 characters wide, and as low as its label lets it be. */
const SCALE = { x: 0.12, y: 0.05 };

/** Border characters: heavy for the cluster, double for nodes, light for everything else. */
const BORDERS = {
  heavy: { h: '━', v: '┃', tl: '┏', tr: '┓', bl: '┗', br: '┛' },
  double: { h: '═', v: '║', tl: '╔', tr: '╗', bl: '╚', br: '╝' },
  light: { h: '─', v: '│', tl: '┌', tr: '┐', bl: '└', br: '┘' },
} as const;

const borderOf = (b: LayoutBox) => (b.kind === 'cluster' ? BORDERS.heavy : b.kind.endsWith('-node') ? BORDERS.double : BORDERS.light);

/** A box's label on one line: the layout's wrapped lines joined again (a line broken after a hyphen needs no space). */
export const labelOf = (b: LayoutBox): string => b.label.lines.reduce((s, line) => (s === '' ? line : s.endsWith('-') ? `${s}${line}` : `${s} ${line}`), '');

// The space each box needs: its label plus border and one blank on each side; a container's title
// line under its top border before its first child; one blank between a child and its parent's border.
function rulesOf(boxes: readonly LayoutBox[]): { x: AxisRule[]; y: AxisRule[] } {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const x: AxisRule[] = [];
  const y: AxisRule[] = [];
  for (const b of boxes) {
    x.push({ from: b.x, to: b.x + b.w, gap: [...labelOf(b)].length + 3 });
    y.push({ from: b.y, to: b.y + b.h, gap: b.container ? 3 : 2 });
    const p = b.parent === undefined ? undefined : byId.get(b.parent);
    if (!p) continue;
    x.push({ from: p.x, to: b.x, gap: 2 }, { from: b.x + b.w, to: p.x + p.w, gap: 2 });
    y.push({ from: p.y, to: b.y, gap: 2 }, { from: b.y + b.h, to: p.y + p.h, gap: 1 });
  }
  return { x, y };
}

/** Draws boxes, parents before children, on a character grid shaped after their layout. */
export function drawBoxes(boxes: readonly LayoutBox[]): string[] {
  if (boxes.length === 0) return [];
  const rules = rulesOf(boxes);
  const cols = axisCells(boxes.flatMap((b) => [b.x, b.x + b.w]), rules.x, SCALE.x);
  const rows = axisCells(boxes.flatMap((b) => [b.y, b.y + b.h]), rules.y, SCALE.y);
  const width = Math.max(...cols.values()) + 1;
  const grid = Array.from({ length: Math.max(...rows.values()) + 1 }, () => Array<string>(width).fill(' '));
  for (const b of boxes) {
    const l = cols.get(b.x)!;
    const r = cols.get(b.x + b.w)!;
    const t = rows.get(b.y)!;
    const bottom = rows.get(b.y + b.h)!;
    frame(grid, l, r, t, bottom, borderOf(b));
    const label = [...labelOf(b)];
    // A container's title sits under its top border; a leaf's label in its middle, centred.
    const row = b.container ? t + 1 : Math.floor((t + bottom) / 2);
    const start = b.container ? l + 2 : l + 2 + Math.floor((r - l - 3 - label.length) / 2);
    label.forEach((ch, i) => (grid[row]![start + i] = ch));
  }
  return grid.map((line) => line.join('').trimEnd());
}

function frame(grid: string[][], l: number, r: number, t: number, b: number, c: (typeof BORDERS)[keyof typeof BORDERS]): void {
  for (let x = l + 1; x < r; x++) grid[t]![x] = grid[b]![x] = c.h;
  for (let y = t + 1; y < b; y++) grid[y]![l] = grid[y]![r] = c.v;
  grid[t]![l] = c.tl;
  grid[t]![r] = c.tr;
  grid[b]![l] = c.bl;
  grid[b]![r] = c.br;
}
