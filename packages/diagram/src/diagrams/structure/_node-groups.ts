import type { ClusterElement, ElementKind } from '@kubegram/model';
import type { Unlisted } from '../../layout/_first-pods.js';
import { NODE_KINDS } from './_kinds.js';
import { statusOnce, type Status } from './_status.js';

// The pods a node left unlisted move with it into the node its role is drawn as.
export function groupUnlisted(unlisted: ReadonlyMap<string, Unlisted>, group: NodeGroups | undefined): ReadonlyMap<string, Unlisted> {
  if (group === undefined || unlisted.size === 0) return unlisted;
  const moved = new Map<string, Unlisted>();
  for (const [node, rest] of unlisted) {
    const to = group.into.get(node) ?? node;
    const sum = moved.get(to);
    moved.set(to, sum === undefined ? rest : { pods: sum.pods + rest.pods, containers: sum.containers + rest.containers });
  }
  return moved;
}

/** Nodes drawn as one: each node folded into the first of its role, and the label and description of that first one. */
export interface NodeGroups {
  into: Map<string, string>;
  heads: Map<string, { label: string; description: string }>;
}

// The nodes of one role drawn as one, `worker ×4`, the first in their place; a node whose outline
// shows trouble (cordoned, tainted) stays on its own, so the trouble still shows.
export function nodeGroups(elements: readonly ClusterElement[], statuses: Map<string, Status>): NodeGroups {
  const byKind = new Map<ElementKind, ClusterElement[]>();
  for (const e of elements) {
    if (!NODE_KINDS.includes(e.kind) || statusOnce(e, statuses).state !== undefined) continue;
    const list = byKind.get(e.kind);
    if (list) list.push(e);
    else byKind.set(e.kind, [e]);
  }
  const into = new Map<string, string>();
  const heads = new Map<string, { label: string; description: string }>();
  for (const [kind, list] of byKind) {
    if (list.length < 2) continue;
    const role = kind === 'control-plane-node' ? 'control-plane' : 'worker';
    const names = list.slice(0, 5).map((n) => n.label).join(', ');
    heads.set(list[0]!.id, { label: `${role} ×${list.length}`, description: `${list.length} ${role} nodes drawn as one: ${names}${list.length > 5 ? ', …' : ''}.` });
    for (const n of list.slice(1)) into.set(n.id, list[0]!.id);
  }
  return { into, heads };
}

// The pods of a node drawn with others move to the first of them (which comes earlier in selection
// order), so its "+N pods" box counts them all; everything else keeps its parent.
export function regroup(elements: readonly ClusterElement[], group: NodeGroups): readonly ClusterElement[] {
  if (group.into.size === 0) return elements;
  return elements.map((e) => {
    const to = e.kind === 'pod' && e.parent !== undefined ? group.into.get(e.parent) : undefined;
    return to === undefined ? e : { ...e, parent: to };
  });
}
