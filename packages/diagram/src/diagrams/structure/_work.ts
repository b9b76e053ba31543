import type { ClusterElement, ElementKind } from '@kubegram/model';
import { ICON, measure, place, TEXT, type Measured } from '../../layout/_text.js';
import type { LayoutBox, Point, TextBlock } from '../../layout/types.js';
import type { LabelsByStyle, MeasureCache } from '../types.js';
import { BOX, LEAF } from './_spacing.js';
import type { BoxState } from './_status.js';
import { pack, placePacked } from './_pack.js';

/** A box being measured and placed. */
export interface Work {
  id: string;
  kind: ElementKind;
  label: string;
  description: string;
  parent: string | undefined;
  collapsed: number | undefined;
  /** Trouble the outline shows, if any. */
  state?: BoxState;
  children: Work[];
  text: Measured;
  container: boolean;
  /** Height of a container's title band: its padding, its title and the gap under it. */
  titleH: number;
  w: number;
  h: number;
  x: number;
  y: number;
}

/** The labels a cache holds measured at a wrap width, a place made for them when it has none. */
export function labelsAt(cache: MeasureCache, wrap: number | undefined): LabelsByStyle {
  let at = cache.get(wrap);
  if (at === undefined) cache.set(wrap, (at = { title: new Map(), leaf: new Map() }));
  return at;
}

/** A label measured at a wrap width once per cache: the shapes of a fit share what the others measured. */
export function measureOnce(cache: MeasureCache, label: string, style: 'title' | 'leaf', wrap: number | undefined): Measured {
  return measureIn(cache, labelsAt(cache, wrap), label, style, wrap);
}

/** `measureOnce` given the cache's labels at the wrap (`labelsAt`): a caller measuring many labels at one wrap looks it up once. */
export function measureIn(cache: MeasureCache, at: LabelsByStyle, label: string, style: 'title' | 'leaf', wrap: number | undefined): Measured {
  const labels = at[style];
  let m = labels.get(label);
  if (m === undefined) {
    m = cache.size > 1 ? oneLineWithin(cache, label, style, wrap ?? TEXT[style].wrap) : undefined;
    if (m === undefined) {
      m = measure(label, style, wrap);
      // Caches outlive the layout that filled them (`measuresFor`): nothing may change the lines it hands out.
      Object.freeze(m.lines);
    }
    labels.set(label, m);
  }
  return m;
}

// A label on one line at some wrap is that same line at any wrap it fits in (a wrap no narrower than
// a label's width keeps it whole): the shapes of a fit that wrap labels narrower or wider measure
// again only the labels no wrap met so far holds on one line this narrow. With one wrap met, the
// only one to look in is the one the label was just missed in.
function oneLineWithin(cache: MeasureCache, label: string, style: 'title' | 'leaf', width: number): Measured | undefined {
  for (const at of cache.values()) {
    const m = at[style].get(label);
    if (m !== undefined && m.lines.length === 1 && m.width <= width) return m;
  }
  return undefined;
}

// The children of every leaf: most boxes of a large cluster are leaves, and a list each would be
// that many more objects kept for the whole layout. Frozen, so a child added to a leaf fails loudly.
const NO_CHILDREN: Work[] = Object.freeze([]) as unknown as Work[];

/** A box for an element, its label measured, not yet sized or placed. */
export function work(el: Pick<ClusterElement, 'id' | 'kind' | 'label' | 'description' | 'parent'>, container: boolean, cache: MeasureCache, wrap?: number): Work {
  return {
    id: el.id,
    kind: el.kind,
    label: el.label,
    description: el.description,
    parent: el.parent,
    collapsed: undefined,
    children: container ? [] : NO_CHILDREN,
    text: measureOnce(cache, el.label, container ? 'title' : 'leaf', wrap),
    container,
    titleH: 0,
    w: 0,
    h: 0,
    x: 0,
    y: 0,
  };
}

/** Measures the labels of a built tree again at another wrap width, as `buildTree` would have. */
export function rewrap(tree: { root: Work; all: readonly Work[] }, cache: MeasureCache, wrap: number | undefined): void {
  for (const w of tree.all) w.text = measureOnce(cache, w.label, w.container ? 'title' : 'leaf', wrap);
  if (!tree.all.includes(tree.root)) tree.root.text = measureOnce(cache, tree.root.label, 'title', undefined);
}

/** The width an icon badge and its gap take beside a label, when icons are on. */
export const iconSpace = (icons: boolean): number => (icons ? ICON.size + ICON.gap : 0);
/** Height of a container's title band. */
// Rounded up to a whole pixel, as every box's width and height are: a label of two lines is a
// fraction of a pixel tall, and that fraction would move every box under the band off whole pixels,
// blurring their edges and making every number written after it a decimal.
export const titleHeight = (w: Work, icons: boolean): number => Math.ceil(BOX.pad + Math.max(w.text.height, icons ? ICON.size : 0) + BOX.titleGap);

function sizeLeaf(w: Work, icons: boolean): void {
  w.w = Math.ceil(Math.max(LEAF.minW, w.text.width + 2 * LEAF.padX + iconSpace(icons)));
  w.h = Math.ceil(Math.max(LEAF.minH, w.text.height + 2 * LEAF.padY, icons ? ICON.size + 2 * LEAF.padY : 0));
}

// A box that stacks its children in a column (a pod, a controller manager).
function sizeStack(w: Work, icons: boolean): void {
  // One pass, without a list of widths: a large cluster has a stack in every pod.
  let inner = 0;
  let stacked = 0;
  for (const c of w.children) {
    size(c, icons);
    inner = Math.max(inner, c.w);
    stacked += c.h;
  }
  w.titleH = titleHeight(w, icons);
  w.w = Math.ceil(Math.max(inner, w.text.width + iconSpace(icons)) + 2 * BOX.pad);
  w.h = Math.ceil(w.titleH + stacked + Math.max(0, w.children.length - 1) * BOX.gap + BOX.pad);
}

// Boxes whose children are many alike (the workloads of a namespace, the pods of a workload): a grid
// shaped like the picture, not one long column.
const GRID_KINDS: ReadonlySet<ElementKind> = new Set(['namespace', 'workload']);
const GRID_ASPECT = 1.6;

function sizeGrid(w: Work, icons: boolean): void {
  for (const c of w.children) size(c, icons);
  w.titleH = titleHeight(w, icons);
  const p = pack(w.children, BOX.gap, GRID_ASPECT);
  w.w = Math.ceil(Math.max(p.w, w.text.width + iconSpace(icons)) + 2 * BOX.pad);
  w.h = Math.ceil(w.titleH + p.h + BOX.pad);
}

function placeGrid(w: Work): void {
  const p = pack(w.children, BOX.gap, GRID_ASPECT);
  // A title wider than the grid widens its columns evenly.
  const cellW = (w.w - 2 * BOX.pad - (p.cols - 1) * BOX.gap) / p.cols;
  placePacked(w.children, p, w.x + BOX.pad, w.y + w.titleH, BOX.gap, cellW);
  for (const c of w.children) placeInside(c);
}

/** Sizes a box from its label and, for a container, its children stacked in a column (or a grid, for namespaces and workloads). */
export function size(w: Work, icons: boolean): void {
  if (!w.container) sizeLeaf(w, icons);
  else if (GRID_KINDS.has(w.kind) && w.children.length > 1) sizeGrid(w, icons);
  else sizeStack(w, icons);
}

function placeStack(w: Work): void {
  let y = w.y + w.titleH;
  for (const c of w.children) {
    c.x = w.x + BOX.pad;
    c.y = y;
    c.w = w.w - 2 * BOX.pad;
    placeInside(c);
    y += c.h + BOX.gap;
  }
}

/** Places the children of a placed box under its title, stacked or in a grid as it was sized. */
export function placeInside(w: Work): void {
  if (!w.container) return;
  if (GRID_KINDS.has(w.kind) && w.children.length > 1) placeGrid(w);
  else placeStack(w);
}

/** The finished box of a placed one, its label and icon where they are drawn. */
export function toBox(w: Work, icons: boolean): LayoutBox {
  let label: TextBlock;
  let icon: Point | undefined;
  if (w.container) {
    const top = w.y + BOX.pad + Math.max(0, (ICON.size - w.text.height) / 2) * (icons ? 1 : 0);
    label = place(w.text, w.x + BOX.pad + iconSpace(icons), top, 'start');
    if (icons) icon = { x: w.x + BOX.pad, y: w.y + BOX.pad + Math.max(0, (w.text.height - ICON.size) / 2) };
  } else {
    const left = w.x + LEAF.padX + iconSpace(icons);
    const right = w.x + w.w - LEAF.padX;
    label = place(w.text, (left + right) / 2, w.y + (w.h - w.text.height) / 2, 'middle');
    if (icons) icon = { x: w.x + LEAF.padX, y: w.y + (w.h - ICON.size) / 2 };
  }
  // Optional fields only when set, without spreading throwaway objects. A box inside another with
  // an icon, nearly every box of a large cluster, is made whole at once: added one by one, its
  // fields would need a second allocation and a hidden class of their own.
  const { id, kind, description, x, y, container, parent } = w;
  const box: LayoutBox =
    parent === undefined
      ? { id, kind, description, x, y, w: w.w, h: w.h, label, container }
      : icon
        ? { id, kind, description, x, y, w: w.w, h: w.h, label, container, parent, icon }
        : { id, kind, description, x, y, w: w.w, h: w.h, label, container, parent };
  if (parent === undefined && icon) box.icon = icon;
  if (w.collapsed !== undefined) box.collapsed = w.collapsed;
  if (w.state !== undefined) box.state = w.state;
  return box;
}
