import type { ElementKind, ViewSelection } from '@kubegram/model';
import type { BodyOptions } from '../types.js';
import type { SizedAt } from './_bound-sizes.js';
import { foldedLabel } from './_folded-label.js';
import { CONTAINER_KINDS, NODE_KINDS } from './_kinds.js';
import { nodeParts, type NodeParts, type Sized } from './_node-frame.js';
import { indexSelection, NO_UNLISTED, podsUnder, type SelectionIndex } from './_selection-index.js';
import { statusOf } from './_status.js';
import type { TreeFacts } from './_tree.js';

/** A part of a node: a leaf, sized anew at each wrap. */
export interface Part extends Sized {
  kind: ElementKind;
  label: string;
}

/** A pod: its label, its containers' labels, and its label once they fold into it. */
export interface Pod {
  label: string;
  containers: string[];
  folded?: string;
}

/** A node as every level of detail but the last draws it, from the labels alone. */
export interface Node {
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
  /** Its boxes sized at each wrap met so far, with icons and without (`skeletonBoth`). */
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
export const foldedNode = (n: Node) => (n.folded ??= n.parts.length === 0 ? n.label : foldedLabel(n.label, n.parts.length, 'component'));
export const foldedPod = (pod: Pod) => (pod.folded ??= pod.containers.length === 0 ? pod.label : foldedLabel(pod.label, pod.containers.length, 'container'));
