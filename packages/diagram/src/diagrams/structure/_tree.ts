import type { ClusterElement, ElementKind, ViewSelection } from '@kubegram/model';
import type { Unlisted } from '../../layout/_first-pods.js';
import type { MeasureCache } from '../types.js';
import { foldedLabel } from './_folded-label.js';
import { indexSelection, NO_UNLISTED, podsUnder, zeros, type SelectionIndex } from './_selection-index.js';
import { CONTAINER_KINDS, NODE_KINDS } from './_kinds.js';
import { groupUnlisted, nodeGroups, regroup, type NodeGroups } from './_node-groups.js';
import { statusOf, statusOnce, type Status } from './_status.js';
import { work, type Work } from './_work.js';

/** The working tree of a selection: its root, every box in selection order, and the ids left out. */
export interface WorkTree {
  root: Work;
  all: Work[];
  hidden: Set<string>;
  /** Each element folded into an ancestor, to the ancestor shown in its place; its edges go there. */
  alias: Map<string, string>;
  /** What was folded, in words. */
  folded: string[];
}

/** How much of a selection to draw, and how wide a label may be. */
export interface TreeOptions {
  /** 0 draws everything; 1 folds containers into their pod; 2 also node components into their node; 3 also pods into "+N pods"; 4 also the nodes of one role into one. */
  detail?: number;
  /** Widest line of a label. */
  wrap?: number;
  /** Labels already measured, shared by the shapes a fit tries. */
  measures?: MeasureCache;
  /** Pods of each node past the listed ones (with their containers): hidden like the pods collapsed after them. */
  unlistedPods?: ReadonlyMap<string, Unlisted>;
  /** What every level of detail reads of the selection alike, shared by the levels a fit builds. */
  facts?: TreeFacts;
}

/** What every level of detail reads of a selection alike: its elements' statuses by id, and its elements and their parents numbered, found when first needed. */
export interface TreeFacts {
  statuses: Map<string, Status>;
  index?: SelectionIndex;
}

// Which elements a detail level folds into their parent: containers into pods first, then every
// part of a node but its pods.
function foldsInto(kind: ElementKind, parentKind: ElementKind | undefined, detail: number): boolean {
  if (detail >= 1 && kind === 'container' && parentKind === 'pod') return true;
  return detail >= 2 && parentKind !== undefined && NODE_KINDS.includes(parentKind) && kind !== 'pod';
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

// A node's unlisted pods are hidden like the pods collapsed after them, and their containers count
// as folded where the listed ones of hidden pods would.
function tallyUnlisted(tally: { container: number; pod: number }, rest: Unlisted | undefined, detail: number, showsContainers: boolean): void {
  if (rest && detail >= 3) tally.pod += rest.pods;
  if (rest && detail >= 1 && showsContainers) tally.container += rest.containers;
}

/**
 * Builds the working tree of a selection, collapsing the pods of crowded nodes: a node with more
 * than `collapse` pods keeps the first `collapse - 1` and one "+N pods" box for the rest.
 */
export function buildTree(sel: ViewSelection, collapseOption: number | false, options: TreeOptions = {}): WorkTree {
  const detail = options.detail ?? 0;
  const collapse = detail >= 3 ? 1 : collapseOption;
  const cache: MeasureCache = options.measures ?? new Map();
  const facts: TreeFacts = options.facts ?? { statuses: new Map() };
  const group = detail >= 4 ? nodeGroups(sel.elements, facts.statuses) : undefined;
  const elements = group ? regroup(sel.elements, group) : sel.elements;
  // Regrouping moves pods to another parent: its elements are numbered anew.
  const index = elements === sel.elements ? (facts.index ??= indexSelection(elements)) : indexSelection(elements);
  const unlisted = groupUnlisted(options.unlistedPods ?? NO_UNLISTED, group);
  const b: Building = {
    sel, elements, index, detail, group, cache, wrap: options.wrap, statuses: facts.statuses,
    counts: childCounts(elements, index, detail),
    podCount: collapse === false ? undefined : podsUnder(elements, index, unlisted),
    seenPods: zeros(index.size), hiddenAt: zeros(index.size), works: [],
    all: [], hidden: new Set(), alias: new Map(), tally: { container: 0, component: 0, pod: 0, node: 0 },
    unlisted, root: undefined,
  };
  for (let s = 0; s < index.size; s++) b.works.push(undefined);
  for (let k = 0; k < elements.length; k++) {
    if (foldAway(b, k)) continue;
    if (collapse !== false && collapsesPod(b, k, collapse)) continue;
    showElement(b, k);
  }
  const root = b.root ?? work({ id: sel.elements[0]?.id ?? 'cluster', kind: 'cluster', label: '', description: '' }, true, cache);
  return { root, all: b.all, hidden: b.hidden, alias: b.alias, folded: foldedNotes(b.tally) };
}

/** What building a tree keeps track of, by the numbers of the selection's index. */
interface Building {
  sel: ViewSelection;
  elements: readonly ClusterElement[];
  index: SelectionIndex;
  detail: number;
  group: NodeGroups | undefined;
  cache: MeasureCache;
  wrap: number | undefined;
  statuses: Map<string, Status>;
  counts: { hasChildren: number[]; foldCount: number[] };
  podCount: number[] | undefined;
  seenPods: number[];
  hiddenAt: number[];
  works: (Work | undefined)[];
  all: Work[];
  hidden: Set<string>;
  alias: Map<string, string>;
  tally: Tally;
  unlisted: ReadonlyMap<string, Unlisted>;
  root: Work | undefined;
}

// Whether this level of detail folds the element at `k` into its parent.
function folds(b: Pick<Building, 'index' | 'detail'>, k: number): boolean {
  const p = b.index.parent[k]!;
  return b.detail > 0 && p >= 0 && foldsInto(b.index.kind[b.index.slot[k]!]!, b.index.kind[p], b.detail);
}

// Hides a pod past the first ones of a crowded node, and puts the stand-in for them where the first hidden one was.
function collapsesPod(b: Building, k: number, collapse: number): boolean {
  const e = b.elements[k]!;
  const p = b.index.parent[k]!;
  if (e.kind !== 'pod' || p < 0) return false;
  const total = b.podCount![p]!;
  const seen = ++b.seenPods[p]!;
  if (!(total > collapse && seen >= Math.max(1, collapse))) return false;
  b.hidden.add(e.id);
  b.hiddenAt[b.index.slot[k]!] = 1;
  if (b.detail >= 3) b.tally.pod++;
  if (seen === Math.max(1, collapse)) {
    tallyUnlisted(b.tally, b.unlisted.get(e.parent!), b.detail, b.sel.view.kinds.includes('container'));
    const more = morePods(e.parent!, total - seen + 1, b.cache, b.wrap);
    b.works[p]?.children.push(more);
    b.all.push(more);
  }
  return true;
}

// Puts the box of a shown element in its parent, or at the root, or in the outside world.
function showElement(b: Building, k: number): void {
  const e = b.elements[k]!;
  const s = b.index.slot[k]!;
  const foldCount = b.counts.foldCount[s]!;
  const status = (b.index.status[k] ??= b.group ? statusOnce(e, b.statuses) : statusOf(e));
  const w = shownWork(e, b.group, foldCount === 0 ? undefined : foldCount, b.counts.hasChildren[s] === 1, status, b.cache, b.wrap);
  b.works[s] = w;
  b.all.push(w);
  const p = b.index.parent[k]!;
  const parent = p >= 0 ? b.works[p] : undefined;
  if (parent !== undefined) parent.children.push(w);
  else if (e.kind === 'cluster') b.root = w;
  // Parent not shown (an external etcd member's cluster is always shown, so this is an actor-like orphan).
  else if (e.parent !== undefined) w.parent = undefined;
}

// Hides an element drawn inside another box, and says so: a node drawn as one with the first of
// its role, anything inside a hidden element, and what this level of detail folds into its parent.
function foldAway(b: Building, k: number): boolean {
  const e = b.elements[k]!;
  const into = b.group?.into.get(e.id);
  if (into !== undefined) {
    // Its parts fold there, its pods move there.
    hide(b, k, e);
    b.alias.set(e.id, into);
    b.tally.node++;
    return true;
  }
  const p = b.index.parent[k]!;
  if (p >= 0 && b.hiddenAt[p] === 1) {
    hide(b, k, e);
    if (folds(b, k)) countFolded(b.tally, e);
    const to = b.alias.get(e.parent!);
    if (to !== undefined) b.alias.set(e.id, to);
    return true;
  }
  if (folds(b, k)) {
    hide(b, k, e);
    b.alias.set(e.id, e.parent!);
    countFolded(b.tally, e);
    return true;
  }
  return false;
}

// Plain functions, not closures made for every element: a tree that folds builds one per element otherwise.
function hide(b: Building, k: number, e: ClusterElement): void {
  b.hidden.add(e.id);
  b.hiddenAt[b.index.slot[k]!] = 1;
}

function countFolded(tally: Tally, e: ClusterElement): void {
  if (e.kind === 'container') tally.container++;
  else tally.component++;
}

// The box of an element drawn: its status in its label, and a count of what folded into it.
function shownWork(e: ClusterElement, group: NodeGroups | undefined, n: number | undefined, hasChildren: boolean, own: Status, cache: MeasureCache, wrap: number | undefined): Work {
  const head = group?.heads.get(e.id);
  const status = head ? { label: head.label, state: undefined } : own;
  const label = n === undefined ? status.label : foldedLabel(status.label, n, e.kind === 'pod' ? 'container' : 'component');
  const described = head?.description ?? e.description;
  const w = work(label === e.label && described === e.description ? e : { ...e, label, description: described }, hasChildren || CONTAINER_KINDS.has(e.kind), cache, wrap);
  if (status.state !== undefined) w.state = status.state;
  return w;
}

type Tally = { container: number; component: number; pod: number; node: number };

// Which elements keep children of their own, and how many children fold into each element, by number.
function childCounts(elements: readonly ClusterElement[], index: SelectionIndex, detail: number) {
  const hasChildren = zeros(index.size);
  const foldCount = zeros(index.size);
  for (let k = 0; k < elements.length; k++) {
    const p = index.parent[k]!;
    if (p < 0) continue;
    if (folds({ index, detail }, k)) foldCount[p]!++;
    else hasChildren[p] = 1;
  }
  return { hasChildren, foldCount };
}

// What a lower level of detail folded away, in the words the picture's description uses.
function foldedNotes(tally: { container: number; component: number; pod: number; node: number }): string[] {
  const notes: string[] = [];
  if (tally.container > 0) notes.push(`${plural(tally.container, 'container')} folded into their pods`);
  if (tally.component > 0) notes.push(`${plural(tally.component, 'node component')} folded into their nodes`);
  if (tally.pod > 0) notes.push(`${plural(tally.pod, 'pod')} folded into "+N pods" boxes`);
  if (tally.node > 0) notes.push(`${plural(tally.node, 'node')} drawn with the first node of their role`);
  return notes;
}

// The stand-in for the pods a crowded node does not show.
function morePods(node: string, count: number, cache: MeasureCache, wrap: number | undefined): Work {
  const more = work({ id: `${node}~more`, kind: 'pod', label: `+${count} pods`, description: `${count} more pods on this node.`, parent: node }, false, cache, wrap);
  more.collapsed = count;
  return more;
}
