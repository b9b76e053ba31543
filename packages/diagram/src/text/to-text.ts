import { selectView, type Cluster } from '@kubegram/model';
import { layoutView, type LayoutOptions } from '../layout/index.js';
import { drawBoxes, labelOf } from './_draw-boxes.js';
import { storyLines } from './_story-lines.js';

/** Options of `toText`: those of `layoutView`; icons take no room in text. */
export type TextOptions = Omit<LayoutOptions, 'icons' | 'fit'>;

/**
 * Draws one view of a cluster as plain text for a terminal: a structure view as nested boxes in
 * box-drawing characters, shaped after the SVG layout, then its relations one a line; a story view
 * as its numbered messages. The same input always gives the same text.
 */
export function toText(cluster: Cluster, options: TextOptions = {}): string {
  const layout = layoutView(cluster, { ...options, icons: false, fit: 'auto' });
  const heading = `${layout.title}: ${layout.description.split(':')[0]}`;
  if (layout.diagram !== 'structure') {
    const selection = selectView(cluster, layout.view, options.node === undefined ? {} : { node: options.node });
    return [heading, '', ...storyLines(selection, layout.diagram === 'loop'), ''].join('\n');
  }
  // An element is named by its label, and by its id too where several share the label.
  const count = new Map<string, number>();
  for (const b of layout.boxes) count.set(labelOf(b), (count.get(labelOf(b)) ?? 0) + 1);
  const names = new Map(layout.boxes.map((b) => [b.id, count.get(labelOf(b))! > 1 ? `${labelOf(b)} (${b.id})` : labelOf(b)]));
  const relations = layout.edges.map((e) => `  ${names.get(e.from)} → ${names.get(e.to)}${e.label === '' ? '' : `: ${e.label}`}`);
  return [heading, '', ...drawBoxes(layout.boxes), ...(relations.length > 0 ? ['', 'Relations:', ...relations] : []), ''].join('\n');
}
