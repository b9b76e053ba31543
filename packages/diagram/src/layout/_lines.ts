import type { Point } from './types.js';

// The box a fan's trunk enters: none, as no box has a negative number.
const FAN = -1;

/** A stretch of a routed edge along one line; its ends are boxes by number. */
interface Stretch {
  lo: number;
  hi: number;
  /** The number of the box the edge leaves. */
  from: number;
  /** The number of the box the edge enters; `FAN` once the stretch stands for a fan into several boxes. */
  to: number;
  /** The buckets that group it, to regroup it when it becomes a fan. */
  grouped: Bucket[] | undefined;
}

/**
 * The stretches filed under one line and stretch of it, in the order they were filed; once there
 * are several, also grouped by the box they leave and by the box they enter: a check then skips a
 * whole bus at once (every kubelet's line into the API server, the load balancer's fan) instead
 * of stepping over it stretch by stretch, which made wide clusters quadratic.
 */
interface Bucket {
  stretches: Stretch[];
  groups: Groups | undefined;
}

interface Groups {
  byFrom: Map<number, Stretch[]>;
  byTo: Map<number, Stretch[]>;
}

// Most buckets hold a stretch or two: they are scanned as they are, and grouped only from this many
// stretches on, as two maps per bucket cost more to build than the scan they would spare.
const GROUP_AT = 8;

// Stretches are filed by their line and by buckets of at least this many pixels along it, so a
// check looks at the few stretches near it, not at every edge on a long shared line.
const BUCKET = 256;
// On a picture wider or taller than this many buckets the buckets grow with it, so a stretch
// across the whole picture is filed in a bounded number of them: the cost per edge stays level
// however many nodes the cluster has.
const MAX_BUCKETS = 64;

/**
 * The lines routed edges already run along, so a new edge can keep off them: two edges may share
 * a stretch only as a bus, leaving the same box or entering the same box.
 */
export interface UsedLines {
  /** A line and stretch of it holding one stretch keep it as it is; a bucket is made for a second. */
  horizontal: Map<number | string, Bucket | Stretch>;
  vertical: Map<number | string, Bucket | Stretch>;
  /** Pixels per bucket. */
  bucket: number;
  /** A small picture's stretches, in lists instead of the maps. */
  few: { horizontal: FewLines; vertical: FewLines } | undefined;
}

/**
 * The stretches along one direction, in filing order, each with its line's key (to half a pixel)
 * at the same place in `keys`: a check reads the keys in a row and looks only at the stretches on
 * its line.
 */
interface FewLines {
  keys: number[];
  stretches: Stretch[];
  /**
   * One bit per line key modulo 32, set once a stretch is filed on a line with that key: a check on a
   * line whose bit is clear, as most are, reads none of the keys.
   */
  seen: number;
}

// A picture of at most this many boxes has too few edges for its stretches to need maps: a check
// scans them all, which costs less than filing each stretch in a map that grows as they come (the
// course overview: 26 stretches, about 40 on a phone, where filing them cost 1.5 to 2.5 µs).
const FEW_BOXES = 64;

/** An empty record of used lines, for a picture of the given size and number of boxes. */
export const usedLines = (size: { w: number; h: number }, boxes = Infinity): UsedLines => ({
  horizontal: new Map(),
  vertical: new Map(),
  bucket: Math.max(BUCKET, Math.ceil(Math.max(size.w, size.h) / MAX_BUCKETS)),
  few: boxes <= FEW_BOXES ? { horizontal: { keys: [], stretches: [], seen: 0 }, vertical: { keys: [], stretches: [], seen: 0 } } : undefined,
});

// Whether a list holds a stretch on the line along [lo, hi] that forms no bus with an edge from `from` to `to`.
function conflictInFew(lines: FewLines, half: number, lo: number, hi: number, from: number, to: number): boolean {
  if ((lines.seen & (1 << (half & 31))) === 0) return false;
  const { keys, stretches } = lines;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== half) continue;
    const s = stretches[i]!;
    if (s.from !== from && s.to !== to && overlaps(s, lo, hi)) return true;
  }
  return false;
}

// Files a stretch in a list unless one from the same box, in filing order the first, covers it;
// that one becomes a fan's trunk when the new edge enters another box, as in a bucket.
function fileInFew(lines: FewLines, half: number, lo: number, hi: number, from: number, to: number): void {
  const { keys, stretches } = lines;
  const bit = 1 << (half & 31);
  // A line whose bit is clear holds no stretch to cover this one.
  for (let i = (lines.seen & bit) === 0 ? keys.length : 0; i < keys.length; i++) {
    if (keys[i] !== half) continue;
    const o = stretches[i]!;
    if (o.from === from && o.lo <= lo && o.hi >= hi) {
      if (o.to !== FAN && o.to !== to) o.to = FAN;
      return;
    }
  }
  keys.push(half);
  stretches.push({ lo, hi, from, to, grouped: undefined });
  lines.seen |= bit;
}

// One key per line (to half a pixel) and bucket: a small integer, which the maps hash without
// boxing a number, for every line of the picture (whose buckets number at most 64); a string for
// one outside it.
function key(line: number, bucket: number): number | string {
  const half = Math.round(line * 2);
  return bucket >= 0 && bucket < 128 && half > -4e6 && half < 4e6 ? half * 128 + bucket : `${half}:${bucket}`;
}

const overlaps = (s: Stretch, lo: number, hi: number) => Math.min(hi, s.hi) - Math.max(lo, s.lo) > 1;

// Most lines' stretches are alone in their bucket: kept as they are, they need no bucket and list of their own.
const isBucket = (b: Bucket | Stretch): b is Bucket => (b as Partial<Bucket>).stretches !== undefined;

/**
 * Whether a bucket holds a stretch along [lo, hi] that forms no bus with an edge from `from` to
 * `to`. Grouped, it walks the groups on the side where the skipped bus is larger, so the bus costs
 * nothing; a group's key is what every stretch in it shares, so its first stretch names it.
 */
function conflictIn(b: Bucket | Stretch, lo: number, hi: number, from: number, to: number): boolean {
  if (!isBucket(b)) return b.from !== from && b.to !== to && overlaps(b, lo, hi);
  const g = b.groups;
  if (g === undefined) {
    for (const s of b.stretches) if (s.from !== from && s.to !== to && overlaps(s, lo, hi)) return true;
    return false;
  }
  const sameFrom = g.byFrom.get(from)?.length ?? 0;
  const sameTo = g.byTo.get(to)?.length ?? 0;
  if (sameFrom >= sameTo) {
    for (const list of g.byFrom.values()) {
      if (list[0]!.from === from) continue;
      for (const s of list) if (s.to !== to && overlaps(s, lo, hi)) return true;
    }
    return false;
  }
  for (const list of g.byTo.values()) {
    if (list.length === 0 || list[0]!.to === to) continue;
    for (const s of list) if (s.from !== from && overlaps(s, lo, hi)) return true;
  }
  return false;
}

// Each stretch of a path runs along the line y (horizontal) or x (anything else) from lo to hi;
// the loops below walk them in place, as they run for every shape an edge tries.

/** Whether a path would run along a stretch of an edge it forms no bus with. */
export function runsAlongOther(used: UsedLines, points: readonly Point[], from: number, to: number): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.x === b.x && a.y === b.y) continue;
    const horizontal = a.y === b.y;
    const lines = horizontal ? used.horizontal : used.vertical;
    const line = horizontal ? a.y : a.x;
    const lo = horizontal ? Math.min(a.x, b.x) : Math.min(a.y, b.y);
    const hi = horizontal ? Math.max(a.x, b.x) : Math.max(a.y, b.y);
    if (used.few !== undefined) {
      if (conflictInFew(horizontal ? used.few.horizontal : used.few.vertical, Math.round(line * 2), lo, hi, from, to)) return true;
      continue;
    }
    const last = Math.floor(hi / used.bucket);
    for (let k = Math.floor(lo / used.bucket); k <= last; k++) {
      const bucket = lines.get(key(line, k));
      if (bucket && conflictIn(bucket, lo, hi, from, to)) return true;
    }
  }
  return false;
}

function group(b: Bucket, g: Groups, s: Stretch): void {
  const list = g.byFrom.get(s.from);
  if (list) list.push(s);
  else g.byFrom.set(s.from, [s]);
  const same = g.byTo.get(s.to);
  if (same) same.push(s);
  else g.byTo.set(s.to, [s]);
  (s.grouped ??= []).push(b);
}

function file(b: Bucket, s: Stretch): void {
  b.stretches.push(s);
  if (b.groups !== undefined) group(b, b.groups, s);
  else if (b.stretches.length >= GROUP_AT) {
    const g: Groups = { byFrom: new Map(), byTo: new Map() };
    b.groups = g;
    for (const o of b.stretches) group(b, g, o);
  }
}

// A stretch that a second edge from its box into another box shares becomes a fan's trunk.
function makeFan(s: Stretch): void {
  for (const b of s.grouped ?? []) {
    const { byTo } = b.groups!;
    const old = byTo.get(s.to)!;
    old.splice(old.indexOf(s), 1);
    const fans = byTo.get(FAN);
    if (fans) fans.push(s);
    else byTo.set(FAN, [s]);
  }
  s.to = FAN;
}

// The first stretch from `from`, in filing order, that covers [lo, hi].
function coveringIn(b: Bucket | Stretch | undefined, from: number, lo: number, hi: number): Stretch | undefined {
  if (b === undefined) return undefined;
  if (!isBucket(b)) return b.from === from && b.lo <= lo && b.hi >= hi ? b : undefined;
  const list = b.groups === undefined ? b.stretches : b.groups.byFrom.get(from);
  if (list !== undefined) for (const o of list) if (o.from === from && o.lo <= lo && o.hi >= hi) return o;
  return undefined;
}

/** Files the stretches of a routed edge. */
export function markUsed(used: UsedLines, points: readonly Point[], from: number, to: number): void {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.x === b.x && a.y === b.y) continue;
    const horizontal = a.y === b.y;
    const lines = horizontal ? used.horizontal : used.vertical;
    const line = horizontal ? a.y : a.x;
    const lo = horizontal ? Math.min(a.x, b.x) : Math.min(a.y, b.y);
    const hi = horizontal ? Math.max(a.x, b.x) : Math.max(a.y, b.y);
    if (used.few !== undefined) {
      fileInFew(horizontal ? used.few.horizontal : used.few.vertical, Math.round(line * 2), lo, hi, from, to);
      continue;
    }
    // Made when first filed: a stretch that existing ones cover everywhere is never made.
    let s: Stretch | undefined;
    const last = Math.floor(hi / used.bucket);
    for (let k = Math.floor(lo / used.bucket); k <= last; k++) {
      const at = key(line, k);
      const filed = lines.get(at);
      // A fan's shared trunk is filed once, so a wide fan does not lengthen every later check: a
      // stretch from the same box already covering this one stands for both, and for a fan into
      // several boxes it lets only edges from that box share it.
      const covering = coveringIn(filed, from, lo, hi);
      if (covering) {
        if (covering.to !== FAN && covering.to !== to) makeFan(covering);
        continue;
      }
      s ??= { lo, hi, from, to, grouped: undefined };
      if (filed === undefined) lines.set(at, s);
      else if (isBucket(filed)) file(filed, s);
      else lines.set(at, { stretches: [filed, s], groups: undefined });
    }
  }
}
