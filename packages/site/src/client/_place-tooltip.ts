/** Puts the tooltip just under the component, kept inside the figure. */
export function placeTooltip(figure: HTMLElement, tooltip: HTMLElement, component: Element): void {
  const box = figure.getBoundingClientRect();
  const target = component.getBoundingClientRect();
  const left = Math.max(0, Math.min(target.left - box.left, box.width - tooltip.offsetWidth));
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${target.bottom - box.top + 6}px`;
}
