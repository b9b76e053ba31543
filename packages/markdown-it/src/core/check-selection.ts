import { elementsOf, relationsOf, selectView, type Cluster, type ViewName } from '@kubegram/model';
import type { DiagramProblem, SourcePoint } from './types.js';

/** What a diagram picks out of its cluster. */
export interface Selection {
  view: ViewName;
  highlight: readonly string[];
  node?: string;
}

const NODE_ROLE: Partial<Record<ViewName, 'control-plane' | 'worker'>> = { 'control-plane': 'control-plane', worker: 'worker' };

/**
 * Checks that the highlighted ids and the node exist in the cluster and in the view, so that a
 * misspelt id fails where it is written instead of drawing a diagram with nothing emphasised.
 */
export function checkSelection(cluster: Cluster, selection: Selection, at: (option: 'highlight' | 'node') => SourcePoint, example: string): DiagramProblem[] {
  const problems: DiagramProblem[] = [];
  const fail = (message: string, option: 'highlight' | 'node' = 'highlight') => problems.push({ ...at(option), message, example });
  const role = NODE_ROLE[selection.view];
  if (selection.node !== undefined) {
    const candidates = cluster.nodes.filter((n) => role !== undefined && n.role === role).map((n) => n.id);
    if (role === undefined) fail(`"node=${selection.node}" picks the node of a control-plane or worker view, not of the ${selection.view} view`, 'node');
    else if (!candidates.includes(selection.node)) {
      fail(`unknown node "${selection.node}" for the ${selection.view} view: expected ${candidates.length > 0 ? `one of ${quoteList(candidates)}` : `a node with role ${role}, and the cluster has none`}`, 'node');
    }
  }
  if (selection.highlight.length === 0 || problems.length > 0) return problems;

  const known = new Set<string>([...elementsOf(cluster).map((e) => e.id), ...relationsOf(cluster).map((r) => r.id)]);
  const shown = selectView(cluster, selection.view, selection.node === undefined ? {} : { node: selection.node });
  const visible = [...shown.elements.map((e) => e.id), ...shown.relations.map((r) => r.id)];
  const inView = new Set(visible);
  for (const id of selection.highlight) {
    if (!known.has(id)) fail(`unknown id "${id}" in highlight=: expected ids of elements or relations of the cluster, such as ${quoteList(visible.slice(0, 4))}`);
    else if (!inView.has(id)) fail(`"${id}" is not drawn in the ${selection.view} view, so highlighting it shows nothing: expected ids the view shows, such as ${quoteList(visible.slice(0, 4))}`);
  }
  return problems;
}

function quoteList(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}
