import { describeComponent } from './_describe.ts';
import { placeTooltip } from './_place-tooltip.ts';
import { COMPONENT, selectComponent } from './_select-component.ts';

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
    selectComponent(figure, id);
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
