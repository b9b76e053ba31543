import type { ClusterElement, ElementKind, ViewSelection } from '@kubegram/model';
import { statusOf } from './_status.js';
import { work, type MeasureCache, type Work } from './_work.js';

/** The node kinds: containers in the cluster's fixed rows. */
export const NODE_KINDS: readonly ElementKind[] = ['control-plane-node', 'worker-node'];

// Kinds drawn as frames even when empty: a namespace or a workload with nothing in it is still a place.
const CONTAINER_KINDS: ReadonlySet<ElementKind> = new Set(['cluster', ...NODE_KINDS, 'namespace']);

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
  /** 0 draws everything; 1 folds containers into their pod; 2 also node components into their node; 3 also pods into "+N pods". */
  detail?: number;
  /** Widest line of a label. */
  wrap?: number;
  /** Labels already measured, shared by the shapes a fit tries. */
  measures?: MeasureCache;
}

// Which elements a detail level folds into their parent: containers into pods first, then every
// part of a node but its pods.
function foldsInto(kind: ElementKind, parentKind: ElementKind | undefined, detail: number): boolean {
  if (detail >= 1 && kind === 'container' && parentKind === 'pod') return true;
  return detail >= 2 && parentKind !== undefined && NODE_KINDS.includes(parentKind) && kind !== 'pod';
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Counts the shown pods of each node. */
function podCounts(elements: readonly ClusterElement[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const e of elements) if (e.kind === 'pod' && e.parent !== undefined) count.set(e.parent, (count.get(e.parent) ?? 0) + 1);
  return count;
}

/**
 * Builds the working tree of a selection, collapsing the pods of crowded nodes: a node with more
 * than `collapse` pods keeps the first `collapse - 1` and one "+N pods" box for the rest.
 */
export function buildTree(sel: ViewSelection, collapseOption: number | false, options: TreeOptions = {}): WorkTree {
  const detail = options.detail ?? 0;
  const collapse = detail >= 3 ? 1 : collapseOption;
  const cache: MeasureCache = options.measures ?? new Map();
  // At full detail nothing folds: no table of every element's kind is needed to tell.
  const kindOf = detail === 0 ? undefined : new Map(sel.elements.map((e) => [e.id, e.kind]));
  const folds = (e: ClusterElement) => kindOf !== undefined && e.parent !== undefined && foldsInto(e.kind, kindOf.get(e.parent), detail);
  const { hasChildren, foldCount } = childCounts(sel.elements, folds);
  const byId = new Map<string, Work>();
  const all: Work[] = [];
  const hidden = new Set<string>();
  const alias = new Map<string, string>();
  const tally = { container: 0, component: 0, pod: 0 };
  const count = (e: ClusterElement) => (e.kind === 'container' ? tally.container++ : tally.component++);
  let root: Work | undefined;
  const podCount = collapse === false ? new Map<string, number>() : podCounts(sel.elements);
  const seenPods = new Map<string, number>();
  for (const e of sel.elements) {
    if (e.parent !== undefined && hidden.has(e.parent)) {
      hidden.add(e.id);
      if (folds(e)) count(e);
      const to = alias.get(e.parent);
      if (to !== undefined) alias.set(e.id, to);
      continue;
    }
    if (folds(e)) {
      hidden.add(e.id);
      alias.set(e.id, e.parent!);
      count(e);
      continue;
    }
    if (e.kind === 'pod' && e.parent !== undefined && collapse !== false) {
      const total = podCount.get(e.parent) ?? 0;
      const seen = (seenPods.get(e.parent) ?? 0) + 1;
      seenPods.set(e.parent, seen);
      if (total > collapse && seen >= Math.max(1, collapse)) {
        hidden.add(e.id);
        if (detail >= 3) tally.pod++;
        if (seen === Math.max(1, collapse)) {
          const more = morePods(e.parent, total - seen + 1, cache, options.wrap);
          byId.get(e.parent)?.children.push(more);
          all.push(more);
        }
        continue;
      }
    }
    const n = foldCount.get(e.id);
    const status = statusOf(e);
    const label = n === undefined ? status.label : `${status.label} · ${plural(n, e.kind === 'pod' ? 'container' : 'component')}`;
    const w = work(label === e.label ? e : { ...e, label }, hasChildren.has(e.id) || CONTAINER_KINDS.has(e.kind), cache, options.wrap);
    if (status.state !== undefined) w.state = status.state;
    byId.set(e.id, w);
    all.push(w);
    if (e.parent !== undefined && byId.has(e.parent)) byId.get(e.parent)!.children.push(w);
    else if (e.kind === 'cluster') root = w;
    // Parent not shown (an external etcd member's cluster is always shown, so this is an actor-like orphan).
    else if (e.parent !== undefined) w.parent = undefined;
  }
  root ??= work({ id: sel.elements[0]?.id ?? 'cluster', kind: 'cluster', label: '', description: '' }, true, cache);
  return { root, all, hidden, alias, folded: foldedNotes(tally) };
}

// Which elements keep children of their own, and how many children fold into each element.
function childCounts(elements: readonly ClusterElement[], folds: (e: ClusterElement) => boolean) {
  const hasChildren = new Set<string>();
  const foldCount = new Map<string, number>();
  for (const e of elements) {
    if (e.parent === undefined) continue;
    if (folds(e)) foldCount.set(e.parent, (foldCount.get(e.parent) ?? 0) + 1);
    else hasChildren.add(e.parent);
  }
  return { hasChildren, foldCount };
}

// What a lower level of detail folded away, in the words the picture's description uses.
function foldedNotes(tally: { container: number; component: number; pod: number }): string[] {
  const notes: string[] = [];
  if (tally.container > 0) notes.push(`${plural(tally.container, 'container')} folded into their pods`);
  if (tally.component > 0) notes.push(`${plural(tally.component, 'node component')} folded into their nodes`);
  if (tally.pod > 0) notes.push(`${plural(tally.pod, 'pod')} folded into "+N pods" boxes`);
  return notes;
}

// The stand-in for the pods a crowded node does not show.
function morePods(node: string, count: number, cache: MeasureCache, wrap: number | undefined): Work {
  const more = work({ id: `${node}~more`, kind: 'pod', label: `+${count} pods`, description: `${count} more pods on this node.`, parent: node }, false, cache, wrap);
  more.collapsed = count;
  return more;
}
