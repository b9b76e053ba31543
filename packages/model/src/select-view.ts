import type { Cluster } from './cluster.js';
import { elementsOf, type ClusterElement } from './elements.js';
import { relationsOf, type ResolvedRelation } from './relations.js';
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

/**
 * Picks out what a view shows of a cluster. Throws for a view name that does not exist, naming
 * the valid ones.
 */
export function selectView(cluster: Cluster, name: ViewName, options: SelectViewOptions = {}): ViewSelection {
  const view = views[name];
  if (!view) throw new Error(`unknown view "${String(name)}": expected one of ${VIEW_NAMES.join(', ')}`);
  const all = elementsOf(cluster);
  const allRelations = relationsOf(cluster);
  const { keep, participants } = SCOPES[view.scope]({ cluster, view, all, relations: allRelations, options });
  const elements = all.filter((e) => keep.has(e.id));
  const shownKinds = new Set(view.relations);
  const relations = allRelations.filter((r) => shownKinds.has(r.kind) && keep.has(r.from) && keep.has(r.to));
  return { view, elements, relations, participants };
}
