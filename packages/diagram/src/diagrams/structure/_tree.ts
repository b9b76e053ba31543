import type { ClusterElement, ElementKind, ViewSelection } from '@kubegram/model';
import { work, type MeasureCache, type Work } from './_work.js';

/** The node kinds: containers in the cluster's fixed rows. */
export const NODE_KINDS: readonly ElementKind[] = ['control-plane-node', 'worker-node'];

/** The working tree of a selection: its root, every box in selection order, and the ids left out. */
export interface WorkTree {
  root: Work;
  all: Work[];
  hidden: Set<string>;
}

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
export function buildTree(sel: ViewSelection, collapse: number | false): WorkTree {
  const cache: MeasureCache = new Map();
  const hasChildren = new Set<string>();
  for (const e of sel.elements) if (e.parent !== undefined) hasChildren.add(e.parent);
  const byId = new Map<string, Work>();
  const all: Work[] = [];
  const hidden = new Set<string>();
  let root: Work | undefined;
  const podCount = podCounts(sel.elements);
  const seenPods = new Map<string, number>();
  for (const e of sel.elements) {
    if (e.parent !== undefined && hidden.has(e.parent)) {
      hidden.add(e.id);
      continue;
    }
    if (e.kind === 'pod' && e.parent !== undefined && collapse !== false) {
      const total = podCount.get(e.parent) ?? 0;
      const seen = (seenPods.get(e.parent) ?? 0) + 1;
      seenPods.set(e.parent, seen);
      if (total > collapse && seen >= Math.max(1, collapse)) {
        hidden.add(e.id);
        if (seen === Math.max(1, collapse)) {
          const more = morePods(e.parent, total - seen + 1, cache);
          byId.get(e.parent)?.children.push(more);
          all.push(more);
        }
        continue;
      }
    }
    const w = work(e, hasChildren.has(e.id) || e.kind === 'cluster' || NODE_KINDS.includes(e.kind), cache);
    byId.set(e.id, w);
    all.push(w);
    if (e.parent !== undefined && byId.has(e.parent)) byId.get(e.parent)!.children.push(w);
    else if (e.kind === 'cluster') root = w;
    // Parent not shown (an external etcd member's cluster is always shown, so this is an actor-like orphan).
    else if (e.parent !== undefined) w.parent = undefined;
  }
  root ??= work({ id: sel.elements[0]?.id ?? 'cluster', kind: 'cluster', label: '', description: '' }, true, cache);
  return { root, all, hidden };
}

// The stand-in for the pods a crowded node does not show.
function morePods(node: string, count: number, cache: MeasureCache): Work {
  const more = work({ id: `${node}~more`, kind: 'pod', label: `+${count} pods`, description: `${count} more pods on this node.`, parent: node }, false, cache);
  more.collapsed = count;
  return more;
}
