import { describeComponent } from './_describe.ts';
import { placeTooltip } from './_place-tooltip.ts';

const COMPONENT = 'g[data-id]:not([data-edge])';
// Relations are arrows between components in structure views and messages in the stories.
const RELATION = 'g[data-edge], g[data-step]';

/**
 * Wires one diagram figure: hovering or focusing a component shows its model description in the
 * figure's tooltip, and clicking it (or Enter / Space) highlights its relations until cleared.
 */
export function enhanceDiagram(figure: HTMLElement): void {
  const tooltip = figure.querySelector<HTMLElement>('[role="tooltip"]');
  if (!tooltip) return;
  let selected: string | undefined;

  const componentOf = (target: EventTarget | null): SVGGElement | null =>
    target instanceof Element ? target.closest<SVGGElement>(COMPONENT) : null;

  const show = (component: SVGGElement) => {
    const text = describeComponent(component);
    if (!text) return;
    tooltip.textContent = text;
    tooltip.hidden = false;
    component.setAttribute('aria-describedby', tooltip.id);
    placeTooltip(figure, tooltip, component);
  };
  const hide = (component?: SVGGElement | null) => {
    tooltip.hidden = true;
    component?.removeAttribute('aria-describedby');
  };

  const select = (id: string | undefined) => {
    selected = id;
    for (const svg of figure.querySelectorAll('svg')) markSelection(svg, id);
    const status = figure.querySelector<HTMLElement>('[data-kg-status]');
    if (status) status.textContent = id === undefined ? '' : `${countRelated(figure, id)} relations of ${id} highlighted`;
  };

  const showTarget = (event: Event) => {
    const component = componentOf(event.target);
    if (component) show(component);
  };
  figure.addEventListener('mouseover', showTarget);
  figure.addEventListener('mouseout', (event) => {
    const from = componentOf(event.target);
    const to = componentOf(event.relatedTarget);
    if (from && from !== to) {
      if (to) show(to);
      else hide(from);
    }
  });
  figure.addEventListener('focusin', showTarget);
  figure.addEventListener('focusout', (event) => hide(componentOf(event.target)));
  figure.addEventListener('click', (event) => {
    const component = componentOf(event.target);
    if (!component) return select(undefined);
    select(component.dataset.id === selected ? undefined : component.dataset.id);
  });
  figure.addEventListener('keydown', (event) => {
    const component = componentOf(event.target);
    if (event.key === 'Escape') {
      hide(component);
      select(undefined);
    } else if (component && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(component.dataset.id === selected ? undefined : component.dataset.id);
    }
  });
}

// Marks the selected component, the relations that touch it and the components at their other
// ends; `undefined` clears the selection.
function markSelection(svg: SVGSVGElement, id: string | undefined): void {
  svg.classList.toggle('kg-selecting', id !== undefined);
  for (const el of svg.querySelectorAll<SVGGElement>(COMPONENT)) {
    el.classList.toggle('kg-selected', el.dataset.id === id);
    el.classList.remove('kg-related');
  }
  for (const edge of svg.querySelectorAll<SVGGElement>(RELATION)) {
    const related = id !== undefined && (edge.dataset.from === id || edge.dataset.to === id);
    edge.classList.toggle('kg-related', related);
    if (!related) continue;
    const other = edge.dataset.from === id ? edge.dataset.to : edge.dataset.from;
    for (const el of svg.querySelectorAll<SVGGElement>(COMPONENT)) if (el.dataset.id === other) el.classList.add('kg-related');
  }
}

function countRelated(figure: HTMLElement, id: string): number {
  const svg = figure.querySelector('svg');
  if (!svg) return 0;
  return [...svg.querySelectorAll<SVGGElement>(RELATION)].filter((e) => e.dataset.from === id || e.dataset.to === id).length;
}
