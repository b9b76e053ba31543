import { elementsOf, relationsOf, selectView, type Cluster, type ViewName } from '@kubegram/model';
import { closest } from './_closest.js';
import type { DiagramRef } from './types.js';

/** An id in a diagram reference's options that its model or its view does not have. */
export interface RefIdProblem {
  /** The option the id is written in. */
  option: 'highlight' | 'tour' | 'node';
  /** The id as written. */
  id: string;
  /** Where the id starts in `ref.raw` (0-based), when it can be found there. */
  offset?: number;
  /** What is wrong and what was expected. */
  message: string;
  /** The reference with the id replaced by one that works. */
  example: string;
}

const NODE_ROLE: Partial<Record<ViewName, 'control-plane' | 'worker'>> = { 'control-plane': 'control-plane', worker: 'worker' };

/**
 * Checks the ids a diagram reference names (`highlight=`, `tour=`, `node=`) against its loaded
 * cluster and view, so a misspelt id is an error where it is written instead of a picture with
 * nothing emphasised or a deck that fails later.
 */
export function checkRefIds(ref: DiagramRef, cluster: Cluster): RefIdProblem[] {
  const problems: RefIdProblem[] = [];
  const report = (option: RefIdProblem['option'], index: number, id: string, message: string, valid: readonly string[]) => {
    const offset = idOffset(ref.raw, option, index);
    const replacement = closest(id, valid) ?? valid[0] ?? id;
    const example = offset === undefined ? `${option}=${replacement}` : `${ref.raw.slice(0, offset)}${replacement}${ref.raw.slice(offset + id.length)}`;
    problems.push({ option, id, ...(offset === undefined ? {} : { offset }), message: withSuggestion(message, id, valid), example });
  };

  const role = NODE_ROLE[ref.view];
  if (ref.node !== undefined && role !== undefined) {
    const nodes = cluster.nodes.filter((n) => n.role === role).map((n) => n.id);
    if (!nodes.includes(ref.node)) {
      const expected = nodes.length > 0 ? `one of ${quoteList(nodes)}` : `a node with role ${role}, and the model has none`;
      report('node', 0, ref.node, `unknown node "${ref.node}" for the ${ref.view} view: expected ${expected}`, nodes);
      return problems;
    }
  }

  const shown = selectView(cluster, ref.view, ref.node === undefined ? {} : { node: ref.node });
  const drawn = shown.elements.filter((e) => e.kind !== 'cluster').map((e) => e.id);
  const visible = [...drawn, ...shown.relations.map((r) => r.id)];
  const inView = new Set(visible);
  const known = new Set<string>([...elementsOf(cluster).map((e) => e.id), ...relationsOf(cluster).map((r) => r.id)]);
  ref.highlight.forEach((id, i) => {
    if (!known.has(id)) report('highlight', i, id, `unknown id "${id}" in highlight=: expected ids of elements or relations the ${ref.view} view draws, such as ${quoteList(visible.slice(0, 4))}`, visible);
    else if (!inView.has(id)) report('highlight', i, id, `"${id}" is not drawn in the ${ref.view} view, so highlighting it shows nothing: expected ids the view draws, such as ${quoteList(visible.slice(0, 4))}`, visible);
  });

  if (Array.isArray(ref.tour)) {
    const steps = new Set(shown.elements.map((e) => e.id));
    ref.tour.forEach((id, i) => {
      if (!steps.has(id)) report('tour', i, id, `${known.has(id) ? `"${id}" is not drawn in the ${ref.view} view` : `unknown id "${id}" in tour=`}: expected elements the view draws, such as ${quoteList(drawn.slice(0, 4))}`, drawn);
    });
  }
  return problems;
}

// A near miss is most likely a slip of the keyboard: name it first.
function withSuggestion(message: string, id: string, valid: readonly string[]): string {
  const near = closest(id, valid);
  return near === undefined || near === id ? message : `${message} (did you mean "${near}"?)`;
}

// Where the `index`-th id of `option=` starts in the reference as written.
function idOffset(raw: string, option: string, index: number): number | undefined {
  const title = raw.indexOf('kubegram:');
  if (title < 0) return undefined;
  const match = new RegExp(`\\s${option}=([^\\s"')]*)`).exec(raw.slice(title));
  if (match === null) return undefined;
  let offset = title + match.index + option.length + 2;
  const ids = (match[1] ?? '').split(',');
  if (index >= ids.length) return undefined;
  for (let i = 0; i < index; i++) offset += ids[i]!.length + 1;
  return offset;
}

function quoteList(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}
