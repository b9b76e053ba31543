import { elementsOf, selectView, VIEW_NAMES, type Cluster, type ClusterElement, type FlowRole, type ViewSelection, type ViewName } from '@kubegram/model';
import { themes, type ThemeName } from '../theme/index.js';
import { accessibilityLines, themeFrontmatter } from './_header.js';
import { mermaidIds } from './_ids.js';
import { reconcileLines } from './_reconcile.js';
import { highlightRuns, participantLines, participantsOf } from './_sequence.js';
import { structureLines, type DiagramInput } from './_structure.js';

/** Options for `toMermaid`. */
export interface MermaidOptions {
  /** The view to draw; `overview` by default. */
  view?: ViewName;
  /** The colour theme; `light` by default. */
  theme?: ThemeName;
  /** For the `control-plane` and `worker` views: the id of the node to show. */
  node?: string;
  /** Ids of elements to emphasise; the rest of the diagram is dimmed. */
  highlight?: readonly string[];
}

const DEFAULTS = { view: 'overview', theme: 'light', highlight: [] } as const satisfies MermaidOptions;

/**
 * Draws one view of a cluster as Mermaid text: structure views as a flowchart of nested
 * subgraphs, `request-flow` as a sequence diagram, `reconcile` as a sequence diagram around a
 * loop. The same cluster and options always give the same text.
 */
export function toMermaid(cluster: Cluster, options: MermaidOptions = {}): string {
  const opts = { ...DEFAULTS, ...options };
  if (!VIEW_NAMES.includes(opts.view)) throw new Error(`toMermaid: options.view: unknown view "${String(opts.view)}": expected one of ${VIEW_NAMES.join(', ')}`);
  const theme = themes[opts.theme];
  if (!theme) throw new Error(`toMermaid: options.theme: unknown theme "${String(opts.theme)}": expected one of ${Object.keys(themes).join(', ')}`);
  const all = elementsOf(cluster);
  const known = new Set(all.map((e) => e.id));
  opts.highlight.forEach((id, i) => {
    if (!known.has(id)) {
      throw new Error(`toMermaid: options.highlight[${i}]: unknown element "${id}" in cluster "${cluster.id}": expected an element id such as "${all[1]?.id ?? cluster.id}"`);
    }
  });

  const selection = selectView(cluster, opts.view, opts.node === undefined ? {} : { node: opts.node });
  // Ids come from every element of the cluster, not just the shown ones, so an element keeps its
  // Mermaid id from view to view; the story roles come last, for the parts a model leaves out.
  const ids = mermaidIds([...all.map((e) => e.id), ...ROLE_KEYS]);
  const roleIds = new Map(ROLE_KEYS.map((key) => [key.slice(ROLE_PREFIX.length), ids.get(key) as string]));
  const input: DiagramInput = { selection, ids, theme, highlight: new Set(opts.highlight) };

  const { view } = selection;
  const node = view.scope === 'control-plane-node' || view.scope === 'worker-node' ? shownNode(selection) : undefined;
  const title = `${cluster.label}: ${view.title}${node ? ` (${node.label})` : ''}`;
  const description = `${view.description} ${cluster.description}`.trim();
  const head = themeFrontmatter(theme);

  if (view.diagram === 'structure') {
    return [...head, 'flowchart TB', ...accessibilityLines(title, description), ...structureLines(input), ''].join('\n');
  }
  const steps = view.steps ?? [];
  const participants = participantsOf(steps, input, roleIds);
  const body = [...head, 'sequenceDiagram', ...accessibilityLines(title, description), '  autonumber', ...participantLines(cluster, participants, input)];
  if (view.diagram === 'sequence') return [...body, ...highlightRuns(steps, participants, input, '  '), ''].join('\n');

  return [...body, ...reconcileLines(steps, participants, input), ''].join('\n');
}

// The node a node view is about: the one holding the node's own agents, not the outside API
// server's node that the view also draws.
function shownNode({ view, elements }: ViewSelection): ClusterElement | undefined {
  const anchor = elements.find((e) => e.kind === (view.scope === 'worker-node' ? 'kubelet' : 'scheduler')) ?? elements.find((e) => e.kind.endsWith('-node'));
  return anchor?.kind.endsWith('-node') ? anchor : elements.find((e) => e.id === anchor?.parent);
}

const ROLE_PREFIX = 'role ';
const ROLE_KEYS: readonly string[] = (['kubectl', 'apiserver', 'etcd', 'controller-manager', 'scheduler', 'kubelet', 'container-runtime'] satisfies FlowRole[]).map(
  (role) => `${ROLE_PREFIX}${role}`,
);
