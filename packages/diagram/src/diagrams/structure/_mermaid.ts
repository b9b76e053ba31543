import { ELEMENT_KINDS, type ClusterElement, type ElementKind, type ViewSelection } from '@kubegram/model';
import type { Theme } from '../../theme/index.js';
import { escapeText } from '../../mermaid/_escape.js';
import { statusOf, type BoxState } from './_status.js';

/** What the structure, sequence and loop writers share. */
export interface DiagramInput {
  selection: ViewSelection;
  ids: ReadonlyMap<string, string>;
  theme: Theme;
  highlight: ReadonlySet<string>;
}

// Shapes a Mermaid reader knows: etcd is a database, the outside world is rounded, containers
// are the rounded boxes inside their pod; everything else is a plain box.
const SHAPES: Partial<Record<ElementKind, readonly [string, string]>> = {
  etcd: ['[(', ')]'],
  kubectl: ['([', '])'],
  'load-balancer': ['([', '])'],
  'cloud-provider': ['([', '])'],
  container: ['(', ')'],
};

/** A class name for an element kind: `control-plane-node` becomes `control_plane_node`. */
export const kindClass = (kind: ElementKind) => kind.replace(/-/g, '_');

/**
 * A structure view as a flowchart: every shown element that holds others is a subgraph (cluster,
 * node, pod, a controller manager with its controllers), the rest are boxes inside them, outside
 * actors sit beside the cluster, and relations are labelled edges.
 */
export function structureLines({ selection, ids, theme, highlight }: DiagramInput): string[] {
  const shown = new Set(selection.elements.map((e) => e.id));
  const children = new Map<string | undefined, ClusterElement[]>();
  for (const e of selection.elements) {
    const parent = e.parent !== undefined && shown.has(e.parent) ? e.parent : undefined;
    const list = children.get(parent);
    if (list) list.push(e);
    else children.set(parent, [e]);
  }
  const id = (modelId: string) => ids.get(modelId) as string;
  const lines: string[] = [];

  const states = new Map<BoxState, string[]>();
  const write = (e: ClusterElement, depth: number) => {
    const pad = '  '.repeat(depth);
    const inner = children.get(e.id);
    const status = statusOf(e);
    if (status.state !== undefined) states.set(status.state, [...(states.get(status.state) ?? []), id(e.id)]);
    if (inner === undefined && e.kind !== 'cluster' && e.kind !== 'namespace') {
      const [open, close] = SHAPES[e.kind] ?? ['[', ']'];
      lines.push(`${pad}${id(e.id)}${open}"${escapeText(status.label)}"${close}`);
      return;
    }
    lines.push(`${pad}subgraph ${id(e.id)} ["${escapeText(status.label)}"]`);
    for (const child of inner ?? []) write(child, depth + 1);
    lines.push(`${pad}end`);
  };
  for (const e of children.get(undefined) ?? []) write(e, 1);

  selection.relations.forEach((r) => {
    const arrow = r.label === '' ? '-->' : `-->|"${escapeText(r.label)}"|`;
    lines.push(`  ${id(r.from)} ${arrow} ${id(r.to)}`);
  });

  const byKind = new Map<ElementKind, string[]>();
  for (const e of selection.elements) {
    const members = byKind.get(e.kind);
    if (members) members.push(id(e.id));
    else byKind.set(e.kind, [id(e.id)]);
  }
  const used = ELEMENT_KINDS.filter((kind) => byKind.has(kind));
  for (const kind of used) {
    const style = theme.kinds[kind];
    lines.push(`  classDef ${kindClass(kind)} fill:${style.fill},stroke:${style.stroke},color:${style.text}`);
  }
  for (const kind of used) lines.push(`  class ${byKind.get(kind)!.join(',')} ${kindClass(kind)}`);
  // Trouble as in the SVG: an outline in its own colour, dashed for a warning.
  for (const [state, members] of states) {
    lines.push(`  classDef ${state} stroke:${theme[state]},stroke-width:3px${state === 'warning' ? ',stroke-dasharray:6 3' : ''}`);
    lines.push(`  class ${members.join(',')} ${state}`);
  }
  if (highlight.size > 0) lines.push(...highlightLines(selection, id, theme, highlight));
  return lines;
}

// Highlighted elements get the highlight outline; everything that neither is, holds, nor sits
// inside a highlighted element is dimmed, and so are the edges that touch none of them.
function highlightLines(selection: ViewSelection, id: (modelId: string) => string, theme: Theme, highlight: ReadonlySet<string>): string[] {
  const byId = new Map(selection.elements.map((e) => [e.id, e]));
  const ancestors = (e: ClusterElement) => {
    const out: string[] = [];
    for (let p = e.parent; p !== undefined; p = byId.get(p)?.parent) out.push(p);
    return out;
  };
  const lit = selection.elements.filter((e) => highlight.has(e.id));
  const keep = new Set(lit.flatMap((e) => [e.id, ...ancestors(e)]));
  for (const e of selection.elements) if (ancestors(e).some((a) => highlight.has(a))) keep.add(e.id);
  const dimmed = selection.elements.filter((e) => !keep.has(e.id));
  const edges = selection.relations.flatMap((r, i) => (highlight.has(r.from) || highlight.has(r.to) ? [] : [i]));
  const lines = [
    `  classDef highlighted stroke:${theme.highlight},stroke-width:4px`,
    `  classDef dimmed opacity:${theme.dimOpacity}`,
  ];
  if (lit.length > 0) lines.push(`  class ${lit.map((e) => id(e.id)).join(',')} highlighted`);
  if (dimmed.length > 0) lines.push(`  class ${dimmed.map((e) => id(e.id)).join(',')} dimmed`);
  if (edges.length > 0) lines.push(`  linkStyle ${edges.join(',')} stroke-opacity:${theme.dimOpacity}`);
  return lines;
}
