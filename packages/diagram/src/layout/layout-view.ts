import { selectView, views, type Cluster, type ViewName } from '@kubegram/model';
import { DIAGRAM_TYPES, VIEW_DIAGRAMS } from '../diagrams/diagram-types.js';
import { round2 } from './_geometry.js';
import type { Layout } from './types.js';

/** Options of `layoutView`. */
export interface LayoutOptions {
  /** Which view of the cluster to lay out. */
  view?: ViewName;
  /** For the node views: the node to show; the first of the right role by default. */
  node?: string;
  /** Leave room for an icon badge beside every label. */
  icons?: boolean;
  /**
   * Shape of the picture: natural (`auto`), or laid out for and padded to 16:9, 4:3, or any
   * width-to-height ratio given as a number (the box a slide has left for the drawing, say).
   */
  fit?: 'auto' | '16:9' | '4:3' | number;
  /** A node with more pods than this shows the first ones and a "+N pods" box; `false` shows every pod. */
  collapsePods?: number | false;
}

const DEFAULTS = { view: 'overview', icons: true, fit: 'auto', collapsePods: 12 } as const satisfies LayoutOptions;

const ASPECT: Readonly<Record<'auto' | '16:9' | '4:3', number>> = { auto: 1.6, '16:9': 16 / 9, '4:3': 4 / 3 };

/** Lays out one view of a cluster: boxes placed in fixed slots and edges routed between them, in plain numbers. */
export function layoutView(cluster: Cluster, options: LayoutOptions = {}): Layout {
  const opts = { ...DEFAULTS, ...options };
  const view = views[opts.view];
  if (!view) throw new Error(`layoutView: unknown view "${String(opts.view)}": expected one of ${Object.keys(views).join(', ')}`);
  const sel = selectView(cluster, opts.view, opts.node === undefined ? {} : { node: opts.node });
  if (opts.collapsePods !== false && (!Number.isInteger(opts.collapsePods) || opts.collapsePods < 1)) {
    throw new Error(`layoutView: options.collapsePods is ${String(opts.collapsePods)}: expected a whole number of at least 1, or false (for example 12)`);
  }
  const fit = opts.fit;
  if (typeof fit === 'number' ? !(Number.isFinite(fit) && fit >= 0.2 && fit <= 10) : !Object.hasOwn(ASPECT, fit)) {
    throw new Error(`layoutView: options.fit is ${JSON.stringify(fit)}: expected "auto", "16:9", "4:3" or a width-to-height ratio between 0.2 and 10 (for example 2.4)`);
  }
  const aspect = typeof fit === 'number' ? fit : ASPECT[fit];
  const body = DIAGRAM_TYPES[VIEW_DIAGRAMS[opts.view]].layout(sel, { icons: opts.icons, aspect, collapsePods: opts.collapsePods });
  let viewBox = { x: 0, y: 0, w: body.width, h: body.height };
  if (fit !== 'auto') {
    // Pad the shorter side so the picture fills a box of that shape, content centred.
    const target = aspect;
    const w = Math.max(body.width, body.height * target);
    const h = Math.max(body.height, body.width / target);
    viewBox = { x: round2(-(w - body.width) / 2), y: round2(-(h - body.height) / 2), w: round2(w), h: round2(h) };
  }
  return { ...body, view: opts.view, title: cluster.label, description: `${view.title}: ${cluster.description}`, viewBox };
}
