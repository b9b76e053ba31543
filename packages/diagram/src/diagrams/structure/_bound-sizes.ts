import type { ElementKind, ViewSelection } from '@kubegram/model';
import { ICON, TEXT, type Measured } from '../../layout/_text.js';
import type { BodyOptions, LabelsByStyle, MeasureCache } from '../types.js';
import { foldedLabel } from './_folded-label.js';
import { CONTAINER_KINDS, NODE_KINDS } from './_kinds.js';
import { frameOfSizes, nodeParts, type NodeParts, type Sized } from './_node-frame.js';
import { indexSelection, NO_UNLISTED, podsUnder, type SelectionIndex } from './_selection-index.js';
import { BOX, LEAF } from './_spacing.js';
import { statusOf } from './_status.js';
import { tallyActors, type ActorTally } from './_tally-actors.js';
import type { TreeFacts } from './_tree.js';
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

/** A part of a node: a leaf, sized anew at each wrap. */
interface Part extends Sized {
  kind: ElementKind;
  label: string;
}

/** A pod: its label, its containers' labels, and its label once they fold into it. */
interface Pod {
  label: string;
  containers: string[];
  folded?: string;
}

/** A node as every level of detail but the last draws it, from the labels alone. */
interface Node {
  role: 'cp' | 'workers';
  label: string;
  /** Its label once its parts fold into it, once needed. */
  folded?: string;
  parts: Part[];
  rows: NodeParts<Part>;
  pods: Pod[];
  /** Its pods, listed and unlisted. */
  podTotal: number;
}

/**
 * A cluster of nodes, their parts, pods and containers, and the outside world, each a box of one
 * label: what the tree of any level of detail but the last holds, read from the selection once per
 * fit, with no tree built. Undefined for a selection holding anything else (boxes in the cluster
 * beside the nodes, parts with parts of their own, a child before its parent): its bounds read trees.
 */
export interface Skeleton {
  root: string;
  nodes: Node[];
  actors: { kind: ElementKind; label: string }[];
  collapse: number | false;
  /** Whether a control-plane node holds pods. */
  cpPods: boolean;
  /** Its boxes sized at each wrap met so far, with icons and without. */
  sized: { icons?: Map<number | undefined, SizedAt>; plain?: Map<number | undefined, SizedAt> };
}

/** The skeleton of a selection, or undefined when it holds more than one can say; found once per fit, in `built`; `factsOf`, asked only then, the facts its trees share. */
export function skeletonOf(sel: ViewSelection, opts: BodyOptions, factsOf: (opts: BodyOptions) => TreeFacts): Skeleton | undefined {
  // A selection no skeleton holds is kept as `false`: one look-up tells it from one not read yet.
  const known = opts.built?.get(SKELETON_KEY) as Skeleton | false | undefined;
  if (known !== undefined) return known === false ? undefined : known;
  const facts = factsOf(opts);
  const skeleton = readSkeleton(sel, opts, (facts.index ??= indexSelection(sel.elements)));
  opts.built?.set(SKELETON_KEY, skeleton ?? false);
  return skeleton;
}

const SKELETON_KEY = 'structure-skeleton';

// What each element of a skeleton is to its children: the cluster, a node or a pod; 0 for nothing they can be in.
const ROOT_AT = 1;
const NODE_AT = 2;
const POD_AT = 3;

// One pass in selection order: each element goes to its place, or the skeleton gives up.
function readSkeleton(sel: ViewSelection, opts: BodyOptions, index: SelectionIndex): Skeleton | undefined {
  const { elements } = sel;
  const n = elements.length;
  // What each element is to its children (a new byte array's 0 until found otherwise), and the node
  // or pod it is, read only where `at` says so: filling two lists first was a quarter of the read.
  const at = new Int8Array(n);
  const places = new Array<Node | Pod>(n);
  let root: string | undefined;
  const nodes: Node[] = [];
  const actors: Skeleton['actors'] = [];
  const pods = podsUnder(elements, index, opts.unlistedPods ?? NO_UNLISTED);
  const { parent, slot, kind: kinds, status } = index;
  for (let k = 0; k < n; k++) {
    const p = parent[k]!;
    if (slot[k] !== k) return undefined;
    // The kind read from the index's array, once: elements come in several shapes, and reading a field of each costs more.
    const kind = kinds[k]!;
    const isNode = kind === 'control-plane-node' || kind === 'worker-node';
    if ((p > k && p < n) || OTHER_CONTAINERS.includes(kind)) return undefined;
    const label = (status[k] ??= statusOf(elements[k]!)).label;
    const parentAt = p < 0 || p >= n ? -1 : at[p];
    if (kind === 'cluster') {
      if (p >= 0 || root !== undefined) return undefined;
      root = label;
      at[k] = ROOT_AT;
    } else if (parentAt === -1 && !isNode && kind !== 'pod') actors.push({ kind, label });
    else if (parentAt === ROOT_AT && isNode) {
      const node: Node = { role: kind === 'control-plane-node' ? 'cp' : 'workers', label, parts: [], rows: NO_ROWS, pods: [], podTotal: pods[k]! };
      nodes.push(node);
      places[k] = node;
      at[k] = NODE_AT;
    } else if (parentAt === NODE_AT && kind === 'pod') {
      const pod: Pod = { label, containers: [] };
      (places[p] as Node).pods.push(pod);
      places[k] = pod;
      at[k] = POD_AT;
    } else if (parentAt === NODE_AT) (places[p] as Node).parts.push({ kind, label, w: 0, h: 0 });
    else if (parentAt === POD_AT && kind === 'container') (places[p] as Pod).containers.push(label);
    // A leaf with a child of its own, or a box in the cluster beside the nodes, is more than a skeleton holds.
    else return undefined;
  }
  if (root === undefined) return undefined;
  for (const node of nodes) node.rows = nodeParts({ children: node.parts });
  const cpPods = nodes.some((node) => node.role === 'cp' && node.pods.length > 0);
  return { root, nodes, actors, collapse: opts.collapsePods, cpPods, sized: {} };
}

// Kinds that hold others in a tree but are neither the cluster nor a node: a skeleton has no place
// for them. Looked up in a list this short, not a set: one of the costlier steps of reading a skeleton.
const OTHER_CONTAINERS: readonly ElementKind[] = [...CONTAINER_KINDS].filter((k) => k !== 'cluster' && !NODE_KINDS.includes(k));

const NO_ROWS: NodeParts<Part> = { cpRow: [], api: [], agents: [], pods: [], other: [] };

// A node's label once its parts fold into it, and a pod's once its containers do.
const foldedNode = (n: Node) => (n.folded ??= n.parts.length === 0 ? n.label : foldedLabel(n.label, n.parts.length, 'component'));
const foldedPod = (pod: Pod) => (pod.folded ??= pod.containers.length === 0 ? pod.label : foldedLabel(pod.label, pod.containers.length, 'container'));

/**
 * What a bound reads of a skeleton at a detail below the last, a wrap and a folding, sized as the
 * tree of that shape would be: with each node's pods in their grid (`exact`) and bounded as any grid
 * of them (`anyGrid`, for `LayoutShape.anyPodGrid`), in one pass. With `cpOnly`, the control-plane
 * nodes alone (no workers, no outside world, no cluster title: sizes none of them would make smaller).
 */
export function skeletonBoth(sk: Skeleton, detail: number, wrap: number | undefined, fold: boolean, icons: boolean, cache: MeasureCache, cpOnly = false): { exact: BoundParts; anyGrid: BoundParts } {
  const at = sizedAt(sk, wrap, icons);
  const measured = labelsAt(cache, wrap); // looked up once for every label sized here
  const leaf = (label: string): Sized => leafSize(measureIn(cache, measured, label, 'leaf', wrap), icons);
  const title = (label: string): Sized => {
    const text = measureIn(cache, measured, label, 'title', wrap);
    return { w: text.width + iconSpace(icons), h: titleHeightOf(text, icons) };
  };
  const roles = { cp: { titles: [] as Sized[], parts: [] as NodeParts<Sized>[] }, workers: { titles: [] as Sized[], parts: [] as NodeParts<Sized>[] } };
  let leaves = !cpOnly && sk.actors.length > 0;
  for (let i = 0; i < sk.nodes.length; i++) {
    const n = sk.nodes[i]!;
    if (cpOnly && n.role === 'workers') continue;
    const sized = (at.nodes[i] ??= { pods: [undefined, undefined, undefined], parts: [undefined, undefined, undefined, undefined] });
    // A node's parts at a detail are found once per wrap: the bounds of a fit come back to a detail again and again.
    let rows = sized.parts[detail];
    if (rows === undefined) {
      const level = detail === 0 ? 0 : detail < 3 ? 1 : 2;
      const pods = (sized.pods[level] ??= podsAt(n, detail, detail >= 3 ? 1 : sk.collapse, leaf, (pod) => stackSize(pod, cache, measured, wrap, icons)));
      const r = detail < 2 ? (sized.rows ??= sizedRows(n.rows, leaf)) : undefined;
      sized.parts[detail] = rows = r === undefined ? { cpRow: [], api: [], agents: [], pods, other: [] } : { cpRow: r.cpRow, api: r.api, agents: r.agents, pods, other: r.other };
    }
    if (rows.pods.length > 0 || (detail < 2 && n.parts.length > 0)) leaves = true;
    const role = n.role === 'cp' ? roles.cp : roles.workers;
    role.titles.push(detail >= 2 ? (sized.folded ??= title(foldedNode(n))) : (sized.title ??= title(n.label)));
    role.parts.push(rows);
  }
  const frame = (r: { titles: Sized[]; parts: NodeParts<Sized>[] }, anyGrid: boolean) => (r.parts.length === 0 ? { w: 0, h: 0 } : frameOfSizes(r.titles, anyGrid ? r.parts.map(onePod) : r.parts, fold));
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
interface SizedAt {
  nodes: (NodeSizes | undefined)[];
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
  if (at === undefined) byWrap.set(wrap, (at = { nodes: [] }));
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

const titleHeightOf = (text: Measured, icons: boolean) => BOX.pad + Math.max(text.height, icons ? ICON.size : 0) + BOX.titleGap;

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
