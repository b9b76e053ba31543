import { drawnIds, elementsOf, FLOW_ROLES, selectView, simplifyCluster, VIEW_NAMES, type Cluster, type ClusterElement, type SimplifyOptions, type ViewSelection, type ViewName } from '@kubegram/model';
import { DIAGRAM_TYPES, VIEW_DIAGRAMS } from '../diagrams/diagram-types.js';
import { ROLE_PREFIX } from '../diagrams/sequence/_mermaid.js';
import type { DiagramInput } from '../diagrams/types.js';
import type { Frame } from '../layout/_fit.js';
import type { FitFrame, LayoutOptions } from '../layout/index.js';
import { themes, type ThemeChoice } from '../theme/index.js';
import { accessibilityLines, themeFrontmatter } from './_header.js';
import { mermaidIds } from './_ids.js';

/** Options for `toMermaid`; those of `SimplifyOptions` draw a large, real cluster readably, as in `toSvg`. */
export interface MermaidOptions extends SimplifyOptions {
  /** The view to draw; `overview` by default. */
  view?: ViewName;
  /**
   * The colour theme; `light` by default. Mermaid bakes its colours in when it draws, so `auto`
   * writes the light colours.
   */
  theme?: ThemeChoice;
  /** For the `control-plane` and `worker` views: the id of the node to show. */
  node?: string;
  /** Ids of elements to emphasise; the rest of the diagram is dimmed. */
  highlight?: readonly string[];
  /**
   * The box the diagram will be shown in, in CSS pixels. Mermaid lays out by itself, so the text
   * says what Mermaid can be told: a direction for the frame's shape, scaling to its width, and
   * labels wrapped to it. Only a frame counts here: the ratio forms (`'16:9'`, a number) shape the
   * SVG layout and leave the Mermaid text as it is.
   */
  fit?: LayoutOptions['fit'];
  /** With `fit`: the size, in pixels, Mermaid sets labels at (its own default is 16). */
  minFontPx?: number;
}

const DEFAULTS = { view: 'overview', theme: 'light', highlight: [] } as const satisfies MermaidOptions;

/**
 * Draws one view of a cluster as Mermaid text: structure views as a flowchart of nested
 * subgraphs, `request-flow` as a sequence diagram, `reconcile` as a sequence diagram around a
 * loop. The same cluster and options always give the same text.
 */
export function toMermaid(source: Cluster, options: MermaidOptions = {}): string {
  const opts = { ...DEFAULTS, ...options };
  const cluster = simplifyCluster(source, opts);
  if (!VIEW_NAMES.includes(opts.view)) throw new Error(`toMermaid: options.view: unknown view "${String(opts.view)}": expected one of ${VIEW_NAMES.join(', ')}`);
  const theme = opts.theme === 'auto' ? themes.light : Object.hasOwn(themes, opts.theme) ? themes[opts.theme] : undefined;
  if (!theme) throw new Error(`toMermaid: options.theme: unknown theme "${String(opts.theme)}": expected one of ${Object.keys(themes).join(', ')}, auto`);
  const all = elementsOf(cluster);
  // Ids are checked against the model as given: an element merged into another is still a name the reader may use.
  const known = new Set((cluster === source ? all : elementsOf(source)).map((e) => e.id));
  opts.highlight.forEach((id, i) => {
    if (!known.has(id)) {
      throw new Error(`toMermaid: options.highlight[${i}]: unknown element "${id}" in cluster "${cluster.id}": expected an element id such as "${all[1]?.id ?? cluster.id}"`);
    }
  });

  const selection = selectView(cluster, opts.view, opts.node === undefined ? {} : { node: opts.node });
  // Ids come from every element of the cluster, not just the shown ones, so an element keeps its
  // Mermaid id from view to view; the story roles come last, for the parts a model leaves out.
  const ids = mermaidIds([...all.map((e) => e.id), ...ROLE_KEYS]);
  // A merged or folded element lights the one drawn in its place.
  const input: DiagramInput = { cluster, selection, ids, theme, highlight: new Set(drawnIds(source, opts.highlight, opts)) };

  const { view } = selection;
  const node = view.scope === 'control-plane-node' || view.scope === 'worker-node' ? shownNode(selection) : undefined;
  const title = `${cluster.label}: ${view.title}${node ? ` (${node.label})` : ''}`;
  const description = `${view.description} ${cluster.description}`.trim();
  const diagram = DIAGRAM_TYPES[VIEW_DIAGRAMS[opts.view]];
  const framed = typeof opts.fit === 'object' ? frameOf(opts.fit) : undefined;
  const fit = framed === undefined ? undefined : diagram.mermaidFit?.(framed);
  const fontPx = framed === undefined || opts.minFontPx === undefined ? undefined : fontOf(opts.minFontPx);
  return [...themeFrontmatter(theme, fit, fontPx), fit?.keyword ?? diagram.mermaidKeyword, ...accessibilityLines(title, description), ...diagram.mermaid(input), ''].join('\n');
}

function frameOf(fit: FitFrame): Frame {
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;
  if (!ok(fit.width) || (fit.height !== undefined && !ok(fit.height)) || (fit.ratio !== undefined && !ok(fit.ratio))) {
    throw new Error(`toMermaid: options.fit is ${JSON.stringify(fit)}: expected a frame with a width in pixels and maybe a height or a ratio (for example { width: 662 } or { width: 1136, height: 480 })`);
  }
  const height = fit.height ?? (fit.ratio === undefined ? undefined : fit.width / fit.ratio);
  return height === undefined ? { width: fit.width } : { width: fit.width, height };
}

function fontOf(px: number): number {
  if (!(Number.isFinite(px) && px > 0)) throw new Error(`toMermaid: options.minFontPx is ${String(px)}: expected a size in pixels above 0 (for example 16)`);
  return px;
}

// The node a node view is about: the one holding the node's own agents, not the outside API
// server's node that the view also draws.
function shownNode({ view, elements }: ViewSelection): ClusterElement | undefined {
  const anchor = elements.find((e) => e.kind === (view.scope === 'worker-node' ? 'kubelet' : 'scheduler')) ?? elements.find((e) => e.kind.endsWith('-node'));
  return anchor?.kind.endsWith('-node') ? anchor : elements.find((e) => e.id === anchor?.parent);
}

const ROLE_KEYS: readonly string[] = FLOW_ROLES.map((role) => `${ROLE_PREFIX}${role}`);
