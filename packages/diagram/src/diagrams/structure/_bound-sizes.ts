import type { ElementKind } from '@kubegram/model';
import { ICON, TEXT, type Measured } from '../../layout/_text.js';
import type { LabelsByStyle, MeasureCache } from '../types.js';
import { frameOfSizes, type NodeParts, type Sized } from './_node-frame.js';
import { foldedNode, foldedPod, type Node, type Part, type Pod, type Skeleton } from './_skeleton.js';
import { BOX, LEAF } from './_spacing.js';
import { tallyActors, type ActorTally } from './_tally-actors.js';
import { iconSpace, labelsAt, measureIn } from './_work.js';

/** What a bound reads of the picture at one detail, wrap and folding: the frames of each role's nodes, the cluster's title band, the outside world. */
export interface BoundParts {
  cp: { n: number; w: number; h: number };
  workers: { n: number; w: number; h: number };
  titleH: number;
  titleW: number;
  /** The outside world: how many, kubectl and the others apart, their widest and the tallest of all. */
  actors: ActorTally;
  font: number;
  /** Whether the node frames are the layout's own and the cluster holds only nodes: its worker grid is known. */
  exact?: boolean;
}

/**
 * What a bound reads of a skeleton at a detail below the last, a wrap and a folding, sized as the
 * tree of that shape would be: with each node's pods in their grid (`exact`) and bounded as any grid
 * of them (`anyGrid`, for `LayoutShape.anyPodGrid`), in one pass. With `cpOnly`, the control-plane
 * nodes alone (no workers, no outside world, no cluster title: sizes none of them would make smaller);
 * with `stacked`, the pods in their grid in one column (`LayoutShape.podsStacked`).
 */
export function skeletonBoth(sk: Skeleton, detail: number, wrap: number | undefined, fold: boolean, icons: boolean, cache: MeasureCache, cpOnly = false, stacked = false): { exact: BoundParts; anyGrid: BoundParts } {
  const at = sizedAt(sk, wrap, icons);
  const measured = labelsAt(cache, wrap); // looked up once for every label sized here
  const leaf = (label: string): Sized => leafSize(measureIn(cache, measured, label, 'leaf', wrap), icons);
  const title = (label: string): Sized => {
    const text = measureIn(cache, measured, label, 'title', wrap);
    return { w: text.width + iconSpace(icons), h: titleHeightOf(text, icons) };
  };
  // The nodes' title bands and parts at a detail, by role, found once per wrap: a fit asks for them
  // again with rows folded or whole, and with pods in their grid, stacked or as any grid.
  const roles = (at.roles[2 * detail + (cpOnly ? 1 : 0)] ??= rolesAt(sk, at, detail, cpOnly, leaf, title, (pod) => stackSize(pod, cache, measured, wrap, icons)));
  const leaves = roles.leaves;
  const frame = (r: { titles: Sized[]; parts: NodeParts<Sized>[] }, anyGrid: boolean) => (r.parts.length === 0 ? { w: 0, h: 0 } : anyGrid ? frameOfSizes(r.titles, r.parts.map(onePod), fold) : frameOfSizes(r.titles, r.parts, fold, stacked));
  // The control plane alone leaves out the outside world and the cluster's title too: no labels of theirs measured at a new wrap.
  const actors = cpOnly ? NO_ACTORS : (at.actors ??= tallyActors(sk.actors.map((a) => sizedActor(a.kind, leaf(a.label)))));
  const root = cpOnly ? NOTHING : (at.root ??= title(sk.root));
  // A role none of whose nodes has two pods has one frame either way: found once.
  const cpExact = frame(roles.cp, false);
  const wExact = frame(roles.workers, false);
  const partsOf = (anyGrid: boolean): BoundParts => {
    const cp = anyGrid && roles.cp.parts.some(manyPods) ? frame(roles.cp, true) : cpExact;
    const w = anyGrid && roles.workers.parts.some(manyPods) ? frame(roles.workers, true) : wExact;
    return {
      cp: { n: roles.cp.parts.length, w: cp.w, h: cp.h },
      workers: { n: roles.workers.parts.length, w: w.w, h: w.h },
      titleH: root.h,
      titleW: root.w,
      actors,
      font: Math.min(TEXT.title.size, leaves ? TEXT.leaf.size : Infinity),
      exact: !anyGrid && !cpOnly,
    };
  };
  return { exact: partsOf(false), anyGrid: partsOf(true) };
}

/** The nodes of each role at a detail: their title bands and sized parts, and whether any leaf is drawn. */
interface Roles {
  cp: { titles: Sized[]; parts: NodeParts<Sized>[] };
  workers: { titles: Sized[]; parts: NodeParts<Sized>[] };
  leaves: boolean;
}

function rolesAt(sk: Skeleton, at: SizedAt, detail: number, cpOnly: boolean, leaf: (label: string) => Sized, title: (label: string) => Sized, stack: (pod: Pod) => Sized): Roles {
  const roles: Roles = { cp: { titles: [], parts: [] }, workers: { titles: [], parts: [] }, leaves: !cpOnly && sk.actors.length > 0 };
  for (let i = 0; i < sk.nodes.length; i++) {
    const n = sk.nodes[i]!;
    if (cpOnly && n.role === 'workers') continue;
    const sized = (at.nodes[i] ??= { pods: [undefined, undefined, undefined], parts: [undefined, undefined, undefined, undefined] });
    // A node's parts at a detail are found once per wrap: the bounds of a fit come back to a detail again and again.
    let rows = sized.parts[detail];
    if (rows === undefined) {
      const level = detail === 0 ? 0 : detail < 3 ? 1 : 2;
      const pods = (sized.pods[level] ??= podsAt(n, detail, detail >= 3 ? 1 : sk.collapse, leaf, stack));
      const r = detail < 2 ? (sized.rows ??= sizedRows(n.rows, leaf)) : undefined;
      sized.parts[detail] = rows = r === undefined ? { cpRow: [], api: [], agents: [], pods, other: [] } : { cpRow: r.cpRow, api: r.api, agents: r.agents, pods, other: r.other };
    }
    if (rows.pods.length > 0 || (detail < 2 && n.parts.length > 0)) roles.leaves = true;
    const role = n.role === 'cp' ? roles.cp : roles.workers;
    role.titles.push(detail >= 2 ? (sized.folded ??= title(foldedNode(n))) : (sized.title ??= title(n.label)));
    role.parts.push(rows);
  }
  return roles;
}

const manyPods = (p: NodeParts<Sized>) => p.pods.length > 1;
const NO_ACTORS: ActorTally = tallyActors([]);
const NOTHING: Sized = { w: 0, h: 0 };
// Written field by field: spreading the size into the kind took the engine's slow path.
const sizedActor = (kind: ElementKind, s: Sized) => ({ kind, w: s.w, h: s.h });
/** A node's parts with its pods stood in for by one as wide and as tall as the widest and tallest of them: a frame around it is no larger than around any grid of them. */
export function onePod<T extends Sized>(p: NodeParts<T>): NodeParts<Sized> {
  if (p.pods.length < 2) return p;
  let w = 0;
  let h = 0;
  for (const pod of p.pods) {
    w = Math.max(w, pod.w);
    h = Math.max(h, pod.h);
  }
  return { cpRow: p.cpRow, api: p.api, agents: p.agents, pods: [{ w, h }], other: p.other };
}

/** A skeleton's boxes sized at one wrap: each found once, whatever detail, folding or role the bounds of one fit ask for. */
export interface SizedAt {
  nodes: (NodeSizes | undefined)[];
  /** The nodes by role at each detail, the control plane alone after them (`rolesAt`). */
  roles: (Roles | undefined)[];
  actors?: ActorTally;
  /** The cluster's title band. */
  root?: Sized;
}

/** A node's title band, with its own label and with its parts folded in; its parts in their rows; its pods at full detail, with containers folded and collapsed. */
interface NodeSizes {
  title?: Sized;
  folded?: Sized;
  rows?: NodeParts<Sized>;
  pods: (Sized[] | undefined)[];
  /** Its rows and pods at each detail. */
  parts: (NodeParts<Sized> | undefined)[];
}

// Found by numbers, not by a key string: every bound of a fit asks.
function sizedAt(sk: Skeleton, wrap: number | undefined, icons: boolean): SizedAt {
  // Made when first asked for: a fit draws with icons or without, never both.
  const byWrap = icons ? (sk.sized.icons ??= new Map()) : (sk.sized.plain ??= new Map());
  let at = byWrap.get(wrap);
  if (at === undefined) byWrap.set(wrap, (at = { nodes: [], roles: [] }));
  return at;
}

// A node's parts sized in their rows. Empty rows are new arrays, not one frozen array shared: the
// frame's loops then read arrays of one kind only.
function sizedRows(r: NodeParts<Part>, leaf: (label: string) => Sized): NodeParts<Sized> {
  return { cpRow: sizedRow(r.cpRow, leaf), api: sizedRow(r.api, leaf), agents: sizedRow(r.agents, leaf), pods: [], other: sizedRow(r.other, leaf) };
}

function sizedRow(row: readonly Part[], leaf: (label: string) => Sized): Sized[] {
  const out: Sized[] = [];
  for (let i = 0; i < row.length; i++) out.push(leaf(row[i]!.label));
  return out;
}

// The pods a node shows at a detail: the first ones and a "+N pods" box for the rest when it has
// more than `collapse`; with containers, drawn around them at full detail, folded into a leaf below it.
function podsAt(n: Node, detail: number, collapse: number | false, leaf: (label: string) => Sized, stack: (pod: Pod) => Sized): Sized[] {
  const first = collapse === false ? Infinity : Math.max(1, collapse);
  const crowded = collapse !== false && n.podTotal > collapse;
  const shown = crowded ? Math.min(n.pods.length, first - 1) : n.pods.length;
  const out: Sized[] = [];
  for (let i = 0; i < shown; i++) {
    const pod = n.pods[i]!;
    out.push(detail === 0 && pod.containers.length > 0 ? stack(pod) : leaf(detail === 0 ? pod.label : foldedPod(pod)));
  }
  if (crowded && n.pods.length >= first) out.push(leaf(`+${n.podTotal - first + 1} pods`));
  return out;
}

// A leaf's size around its label, as `size` gives it.
function leafSize(text: Measured, icons: boolean): Sized {
  return {
    w: Math.ceil(Math.max(LEAF.minW, text.width + 2 * LEAF.padX + iconSpace(icons))),
    h: Math.ceil(Math.max(LEAF.minH, text.height + 2 * LEAF.padY, icons ? ICON.size + 2 * LEAF.padY : 0)),
  };
}

// As `titleHeight` gives it, on a whole pixel.
const titleHeightOf = (text: Measured, icons: boolean) => Math.ceil(BOX.pad + Math.max(text.height, icons ? ICON.size : 0) + BOX.titleGap);

// A pod at full detail: its title over its containers stacked, as `size` gives it.
function stackSize(pod: Pod, cache: MeasureCache, measured: LabelsByStyle, wrap: number | undefined, icons: boolean): Sized {
  let inner = 0;
  let stacked = 0;
  for (const c of pod.containers) {
    const s = leafSize(measureIn(cache, measured, c, 'leaf', wrap), icons);
    inner = Math.max(inner, s.w);
    stacked += s.h;
  }
  const title = measureIn(cache, measured, pod.label, 'title', wrap);
  return {
    w: Math.ceil(Math.max(inner, title.width + iconSpace(icons)) + 2 * BOX.pad),
    h: Math.ceil(titleHeightOf(title, icons) + stacked + Math.max(0, pod.containers.length - 1) * BOX.gap + BOX.pad),
  };
}
