/** A component box in a diagram: a group with a model id that is not an arrow. */
export const COMPONENT = 'g[data-id]:not([data-edge])';
// Relations are arrows between components in structure views and messages in the stories.
const RELATION = 'g[data-edge], g[data-step]';

/**
 * Marks one component of a figure's diagrams as selected (or none, for `undefined`): its relations
 * and the components at their other ends as related, everything else dimmed by the stylesheet; the
 * figure's live status line says what is highlighted.
 */
export function selectComponent(figure: HTMLElement, id: string | undefined): void {
  for (const svg of figure.querySelectorAll('svg')) {
    svg.classList.toggle('kg-selecting', id !== undefined);
    const components = [...svg.querySelectorAll<SVGGElement>(COMPONENT)];
    for (const el of components) {
      el.classList.toggle('kg-selected', el.dataset.id === id);
      el.classList.remove('kg-related');
    }
    for (const edge of svg.querySelectorAll<SVGGElement>(RELATION)) {
      const related = id !== undefined && (edge.dataset.from === id || edge.dataset.to === id);
      edge.classList.toggle('kg-related', related);
      if (!related) continue;
      const other = edge.dataset.from === id ? edge.dataset.to : edge.dataset.from;
      for (const el of components) if (el.dataset.id === other) el.classList.add('kg-related');
    }
  }
  const status = figure.querySelector<HTMLElement>('[data-kg-status]');
  if (status) status.textContent = id === undefined ? '' : `${countRelated(figure, id)} relations of ${id} highlighted`;
}

function countRelated(figure: HTMLElement, id: string): number {
  // A figure laid out for a phone too holds two pictures: count in the one the reader sees.
  const all = [...figure.querySelectorAll('svg')];
  const svg = all.find((s) => s.getBoundingClientRect().width > 0) ?? all[0];
  if (!svg) return 0;
  return [...svg.querySelectorAll<SVGGElement>(RELATION)].filter((e) => e.dataset.from === id || e.dataset.to === id).length;
}
