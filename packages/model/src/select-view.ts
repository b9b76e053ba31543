import type { Cluster } from './cluster.js';
import type { ElementKind } from './element-kinds.js';
import { elementsOf, elementsOfKinds, type ClusterElement } from './elements.js';
import type { RelationKind } from './relation.js';
import { relationsOfKinds, type ResolvedRelation } from './relations.js';
import { SCOPES } from './_scopes.js';
import { VIEW_NAMES, views, type FlowRole, type ViewDefinition, type ViewName } from './views.js';

/** What a view shows of one cluster. */
export interface ViewSelection {
  view: ViewDefinition;
  /** Shown elements, parents before children, in model order. */
  elements: ClusterElement[];
  /** Shown relations: both ends shown. */
  relations: ResolvedRelation[];
  /** For views that tell a story: the element that plays each role in this cluster. */
  participants: Partial<Record<FlowRole, ClusterElement>>;
}

/** Options for `selectView`. */
export interface SelectViewOptions {
  /** For node views: the id of the node to show; the first node of the right role by default. */
  node?: string;
}

// The kinds each view shows, as sets made once: the views are fixed data.
const SHOWN = new Map<ViewName, { kinds: ReadonlySet<ElementKind>; relations: ReadonlySet<RelationKind> }>(
  VIEW_NAMES.map((name) => [name, { kinds: new Set(views[name].kinds), relations: new Set(views[name].relations) }]),
);

/**
 * Picks out what a view shows of a cluster. Throws for a view name that does not exist, naming
 * the valid ones.
 */
export function selectView(cluster: Cluster, name: ViewName, options: SelectViewOptions = {}): ViewSelection {
  const view = views[name];
  if (!view) throw new Error(`unknown view "${String(name)}": expected one of ${VIEW_NAMES.join(', ')}`);
  const { kinds, relations: shownKinds } = SHOWN.get(name)!;
  // Only the whole cluster's scope keeps every element of a shown kind whatever its relations: it
  // lists only those elements, and only the relations of the shown kinds.
  const whole = view.scope === 'cluster';
  const all = elementsOfKinds(cluster, whole ? kinds : undefined);
  const allRelations = relationsOfKinds(cluster, whole ? shownKinds : undefined);
  const { keep, participants, parents, elements: listed } = SCOPES[view.scope]({ cluster, view, kinds, all, relations: allRelations, options });
  // A scope that lists no elements keeps every element with a kept id; where the whole cluster's
  // shown ids repeat, that includes an element of another kind sharing one, so all are read again.
  const kept = listed ?? (whole ? elementsOf(cluster) : all).filter((e) => keep.has(e.id));
  const elements = parents === undefined ? kept : reparented(kept, parents);
  const relations: ResolvedRelation[] = [];
  for (let i = 0; i < allRelations.length; i++) {
    const r = allRelations[i]!;
    if (shownKinds.has(r.kind) && keep.has(r.from) && keep.has(r.to)) relations.push(r);
  }
  return { view, elements, relations, participants };
}

// Elements drawn inside another element than their model parent, listed after it so parents still
// come before children; the order is otherwise the model's.
function reparented(elements: readonly ClusterElement[], parents: ReadonlyMap<string, string>): ClusterElement[] {
  const children = new Map<string | undefined, ClusterElement[]>();
  for (const e of elements) {
    const moved = parents.get(e.id);
    const el = moved === undefined ? e : { ...e, parent: moved };
    const list = children.get(el.parent);
    if (list) list.push(el);
    else children.set(el.parent, [el]);
  }
  const ids = new Set(elements.map((e) => e.id));
  const out: ClusterElement[] = [];
  const visit = (e: ClusterElement) => {
    out.push(e);
    for (const c of children.get(e.id) ?? []) visit(c);
  };
  for (const [parent, list] of children) if (parent === undefined || !ids.has(parent)) for (const e of list) visit(e);
  return out;
}
