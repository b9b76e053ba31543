/** The text a component's tooltip shows: its label, then its model description. */
export function describeComponent(component: SVGGElement): string {
  const own = [...component.children].find((c) => c.tagName.toLowerCase() === 'title');
  const description = component.dataset.description ?? own?.textContent ?? '';
  const label = component.dataset.label ?? component.getAttribute('aria-label') ?? '';
  if (label && description && !description.startsWith(label)) return `${label}: ${description}`;
  return description || label;
}
