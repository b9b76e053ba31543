import type { ElementKind } from '@kubegram/model';
import { BOX, PODS } from './_spacing.js';
import { iconSpace, placeInside, size, titleHeight, type Work } from './_work.js';

const CP_ROW: readonly ElementKind[] = ['etcd', 'scheduler', 'controller-manager', 'cloud-controller-manager'];
const AGENT_ROW: readonly ElementKind[] = ['kubelet', 'container-runtime', 'kube-proxy'];

/** The parts of a node, in their fixed slots: its boxes, or their sizes alone. */
export interface NodeParts<T extends Sized = Work> {
  cpRow: T[];
  api: T[];
  agents: T[];
  pods: T[];
  other: T[];
}

/** A box's size, what a node's frame is found from. */
export interface Sized {
  w: number;
  h: number;
}

// Kinds that have a fixed slot in a node, their row and place in it (anything else goes to the row
// of other parts), in model order within a kind.
type Slot = { row: 'cpRow' | 'api' | 'agents' | 'pods'; at: number };
const SLOT: ReadonlyMap<ElementKind, Slot> = new Map<ElementKind, Slot>([
  ...CP_ROW.map((k, at): [ElementKind, Slot] => [k, { row: 'cpRow', at }]),
  ['apiserver', { row: 'api', at: 0 }],
  ...AGENT_ROW.map((k, at): [ElementKind, Slot] => [k, { row: 'agents', at }]),
  ['pod', { row: 'pods', at: 0 }],
]);

// Sorts a short row into its slots in place, keeping model order within a kind (an insertion sort:
// stable, and with each part's place read once).
function sortRow<T extends { kind: ElementKind }>(row: T[]): void {
  const at = row.map((c) => SLOT.get(c.kind)!.at);
  for (let i = 1; i < row.length; i++) {
    const c = row[i]!;
    const a = at[i]!;
    let j = i - 1;
    for (; j >= 0 && at[j]! > a; j--) {
      row[j + 1] = row[j]!;
      at[j + 1] = at[j]!;
    }
    row[j + 1] = c;
    at[j + 1] = a;
  }
}

/**
 * The parts of a node in their rows, in one pass; a row is sorted into its slots (a stable sort
 * keeps model order within a kind) only when the model lists them out of order. They depend on the
 * node's children alone: a fit finds them once for every wrap and folding of one level of detail.
 */
export function nodeParts<T extends Sized & { kind: ElementKind }>(node: { children: readonly T[] }): NodeParts<T> {
  const p: NodeParts<T> = { cpRow: [], api: [], agents: [], pods: [], other: [] };
  let unsorted = false;
  // The place of the last part put in the rows that sort (the others hold one kind each), kept
  // rather than looked up again: a node's parts are found for every shape a fit bounds and places.
  let cpAt = -1;
  let agentAt = -1;
  for (const c of node.children) {
    const slot = SLOT.get(c.kind);
    if (slot === undefined) {
      p.other.push(c);
      continue;
    }
    if (slot.row === 'cpRow') {
      if (cpAt > slot.at) unsorted = true;
      cpAt = slot.at;
    } else if (slot.row === 'agents') {
      if (agentAt > slot.at) unsorted = true;
      agentAt = slot.at;
    }
    p[slot.row].push(c);
  }
  if (unsorted) {
    sortRow(p.cpRow);
    sortRow(p.agents);
  }
  return p;
}

/** The rows of parts of a node, top to bottom; folded, no row holds more than two parts. */
function rowsOf<T extends Sized>(p: NodeParts<T>, fold: boolean): T[][] {
  const rows: T[][] = [];
  for (const r of [p.cpRow, p.api, p.agents, p.other]) {
    if (r.length === 0) continue;
    if (!fold) rows.push(r);
    else for (let i = 0; i < r.length; i += 2) rows.push(r.slice(i, i + 2));
  }
  return rows;
}

/** The width of boxes side by side in a row. */
const rowWidth = (items: readonly Sized[]) => items.reduce((s, c) => s + c.w, 0) + Math.max(0, items.length - 1) * BOX.gap;

/** Shared measurements of every node of one role, so their boxes line up. */
export interface NodeFrame {
  innerW: number;
  podW: number;
  podH: number;
  podCols: number;
  w: number;
  h: number;
  /** Rows of parts hold at most two parts. */
  fold: boolean;
}

/**
 * The pod grid's column count: as many as the inner width holds, widened while the grid would be
 * more than twice as tall as wide, and never more than there are pods.
 */
export function podColumns(innerW: number, podW: number, podH: number, maxPods: number): number {
  let cols = maxPods === 0 ? 0 : Math.max(1, Math.floor((innerW - 2 * PODS.inset + PODS.gap) / (podW + PODS.gap)));
  while (cols > 0 && cols < maxPods && Math.ceil(maxPods / cols) * podH > 2 * cols * podW) cols++;
  return Math.min(cols, maxPods);
}

/** Sizes the parts of every node of one role and the frame they all share; `known`, the nodes' parts when already found; `stacked`, pods in one column. */
export function nodeFrame(nodes: readonly Work[], icons: boolean, fold = false, known?: readonly NodeParts[], stacked = false): NodeFrame {
  const parts: NodeParts[] = [];
  const titles: Sized[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    for (const c of n.children) size(c, icons);
    parts.push(known?.[i] ?? nodeParts(n));
    titles.push({ w: n.text.width + iconSpace(icons), h: titleHeight(n, icons) });
  }
  return frameOfSizes(titles, parts, fold, stacked);
}

/** The frame nodes of one role share, from their title bands' sizes (the title's width with its icon, the band's height) and their sized parts; `stacked`, pods in one column. */
export function frameOfSizes(titles: readonly Sized[], parts: readonly NodeParts<Sized>[], fold: boolean, stacked = false): NodeFrame {
  let innerW = 0;
  let podW = 0;
  let podH = 0;
  let maxPods = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    innerW = Math.max(innerW, widestRow(p, fold), titles[i]!.w);
    for (const pod of p.pods) {
      podW = Math.max(podW, pod.w);
      podH = Math.max(podH, pod.h);
    }
    maxPods = Math.max(maxPods, p.pods.length);
  }
  const podCols = stacked ? Math.min(1, maxPods) : podColumns(innerW, podW, podH, maxPods);
  if (podCols > 0) innerW = Math.max(innerW, podCols * podW + (podCols - 1) * PODS.gap + 2 * PODS.inset);
  let h = 0;
  for (let i = 0; i < parts.length; i++) h = Math.max(h, titles[i]!.h + innerHeight(parts[i]!, podCols, podH, fold) + BOX.pad);
  return { innerW: Math.ceil(innerW), podW, podH, podCols, w: Math.ceil(innerW + 2 * BOX.pad), h: Math.ceil(h), fold };
}

// The widest row of a node's parts (each API server counted alone), without building the rows: a
// fit sizes the nodes of every shape it tries. Folded, a row is a pair of parts.
function widestRow(p: NodeParts<Sized>, fold: boolean): number {
  if (!fold) {
    let widest = Math.max(rowWidth(p.cpRow), rowWidth(p.agents), rowWidth(p.other));
    for (const a of p.api) widest = Math.max(widest, a.w);
    return widest;
  }
  // Row by row, without a list of the rows made for every node framed.
  return Math.max(widestPair(p.cpRow), widestPair(p.api), widestPair(p.agents), widestPair(p.other));
}

// The widest pair of parts side by side (or part alone, at the end of an odd row).
function widestPair(r: readonly Sized[]): number {
  let widest = 0;
  for (let i = 0; i < r.length; i += 2) widest = Math.max(widest, i + 1 < r.length ? r[i]!.w + r[i + 1]!.w + BOX.gap : r[i]!.w);
  return widest;
}

// The height of a node's rows of parts and its pod grid.
function innerHeight(p: NodeParts<Sized>, podCols: number, podH: number, fold: boolean): number {
  // Row by row as `rowsOf` gives them, without building the rows: a fit frames nodes for every shape it bounds.
  const sum = { h: 0, rows: 0 };
  addRows(p.cpRow, fold, sum);
  addRows(p.api, fold, sum);
  addRows(p.agents, fold, sum);
  addRows(p.other, fold, sum);
  let inner = sum.h + Math.max(0, sum.rows - 1) * BOX.gap;
  const podRows = podCols === 0 ? 0 : Math.ceil(p.pods.length / podCols);
  if (podRows > 0) inner += (sum.rows > 0 ? PODS.laneBand : 0) + podRows * podH + (podRows - 1) * BOX.gap;
  return inner;
}

// Adds the height of each row of a slot's parts, whole or folded into pairs, and counts the rows.
function addRows(parts: readonly Sized[], fold: boolean, sum: { h: number; rows: number }): void {
  const step = fold ? 2 : parts.length;
  for (let i = 0; i < parts.length; i += step) {
    let rowH = -Infinity;
    for (let j = i; j < i + step && j < parts.length; j++) rowH = Math.max(rowH, parts[j]!.h);
    sum.h += rowH;
    sum.rows++;
  }
}

/** Lays out a row of boxes across the full inner width: equal widths when they fit, else shared slack. */
function placeRow(items: readonly Work[], x: number, y: number, innerW: number): number {
  const n = items.length;
  const gaps = (n - 1) * BOX.gap;
  const equal = (innerW - gaps) / n;
  // One plain pass for the row's height and whether every box fits an equal share: a render places every node's rows.
  let rowH = -Infinity;
  let fitsEqual = true;
  for (const c of items) {
    rowH = Math.max(rowH, c.h);
    if (c.w > equal) fitsEqual = false;
  }
  const slack = (innerW - rowWidth(items)) / n;
  let cx = x;
  for (const c of items) {
    c.w = Math.floor(fitsEqual ? equal : c.w + slack);
    c.h = rowH;
    c.x = cx;
    c.y = y;
    placeInside(c);
    cx += c.w + BOX.gap;
  }
  return rowH;
}

/** Where the pod channels of a node run, for routing its kube-proxy and runtime edges. */
export interface NodeChannels {
  /** Top of the lane band between the component rows and the first pod row. */
  laneBandTop?: number;
}

/** Places the parts of a placed node: its rows of parts, then its pods in the frame's grid; `p`, its parts when already found. */
export function placeNode(n: Work, frame: NodeFrame, icons: boolean, p: NodeParts = nodeParts(n)): NodeChannels {
  n.w = frame.w;
  n.h = frame.h;
  const x0 = n.x + BOX.pad;
  let y = n.y + titleHeight(n, icons);
  for (const row of rowsOf(p, frame.fold)) {
    y += placeRow(row, x0, y, frame.innerW) + BOX.gap;
  }
  const channels: NodeChannels = {};
  if (p.pods.length > 0) {
    if (y > n.y + titleHeight(n, icons)) {
      channels.laneBandTop = y - BOX.gap;
      y += PODS.laneBand - BOX.gap;
    }
    p.pods.forEach((pod, i) => {
      pod.x = x0 + PODS.inset + (i % frame.podCols) * (frame.podW + PODS.gap);
      pod.y = y + Math.floor(i / frame.podCols) * (frame.podH + BOX.gap);
      pod.w = frame.podW;
      pod.h = frame.podH;
      placeInside(pod);
    });
  }
  return channels;
}
