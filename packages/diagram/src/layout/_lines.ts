import type { Point } from './types.js';

/** A stretch of a routed edge along one line. */
interface Stretch {
  lo: number;
  hi: number;
  from: string;
  /** The box the edge enters; null once the stretch stands for a fan into several boxes. */
  to: string | null;
}

// Stretches are filed by their line and by buckets of this many pixels along it, so a check
// looks at the few stretches near it, not at every edge on a long shared line.
const BUCKET = 256;

/**
 * The lines routed edges already run along, so a new edge can keep off them: two edges may share
 * a stretch only as a bus, leaving the same box or entering the same box.
 */
export interface UsedLines {
  horizontal: Map<number, Stretch[]>;
  vertical: Map<number, Stretch[]>;
}

/** An empty record of used lines. */
export const usedLines = (): UsedLines => ({ horizontal: new Map(), vertical: new Map() });

// One key per line (to half a pixel) and bucket.
const key = (line: number, bucket: number) => Math.round(line * 2) * 1048576 + bucket;

function eachStretch(points: readonly Point[], visit: (map: 'horizontal' | 'vertical', line: number, lo: number, hi: number) => boolean | void): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.x === b.x && a.y === b.y) continue;
    const horizontal = a.y === b.y;
    const stop = horizontal ? visit('horizontal', a.y, Math.min(a.x, b.x), Math.max(a.x, b.x)) : visit('vertical', a.x, Math.min(a.y, b.y), Math.max(a.y, b.y));
    if (stop) return true;
  }
  return false;
}

/** Whether a path would run along a stretch of an edge it forms no bus with. */
export function runsAlongOther(used: UsedLines, points: readonly Point[], from: string, to: string): boolean {
  return eachStretch(points, (map, line, lo, hi) => {
    const lines = used[map];
    for (let k = Math.floor(lo / BUCKET); k <= Math.floor(hi / BUCKET); k++) {
      for (const s of lines.get(key(line, k)) ?? []) {
        if (s.from === from || s.to === to) continue;
        if (Math.min(hi, s.hi) - Math.max(lo, s.lo) > 1) return true;
      }
    }
    return false;
  });
}

/** Files the stretches of a routed edge. */
export function markUsed(used: UsedLines, points: readonly Point[], from: string, to: string): void {
  eachStretch(points, (map, line, lo, hi) => {
    const lines = used[map];
    const s: Stretch = { lo, hi, from, to };
    for (let k = Math.floor(lo / BUCKET); k <= Math.floor(hi / BUCKET); k++) {
      const list = lines.get(key(line, k));
      // A fan's shared trunk is filed once, so a wide fan does not lengthen every later check: a
      // stretch from the same box already covering this one stands for both, and for a fan into
      // several boxes it lets only edges from that box share it.
      const covering = list?.find((o) => o.from === from && o.lo <= lo && o.hi >= hi);
      if (covering) {
        if (covering.to !== to) covering.to = null;
        continue;
      }
      if (list) list.push(s);
      else lines.set(key(line, k), [s]);
    }
  });
}
