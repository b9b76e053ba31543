/**
 * Puts SVG markup into `host`, changing only what differs from the picture already there: most
 * keystrokes move a few boxes or change one label, and the browser then lays out only those
 * texts again instead of every one. Elements that stay keep their focus and listeners.
 */
export function showSvg(host: HTMLElement, markup: string): void {
  const current = host.firstElementChild;
  const template = document.createElement('template');
  template.innerHTML = markup;
  const next = template.content.firstElementChild;
  if (!current || !next || current.nodeName !== next.nodeName || host.childNodes.length !== 1) {
    host.replaceChildren(template.content);
    return;
  }
  morph(current, next);
}

function morph(from: Element, to: Element): void {
  for (const { name } of [...from.attributes]) if (!to.hasAttribute(name)) from.removeAttribute(name);
  for (const { name, value } of [...to.attributes]) if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  const old = [...from.childNodes];
  const fresh = [...to.childNodes];
  fresh.forEach((node, i) => {
    const here = old[i];
    if (!here) from.append(node);
    else if (here.nodeType !== node.nodeType || here.nodeName !== node.nodeName) here.replaceWith(node);
    else if (here instanceof Element) morph(here, node as Element);
    else if (here.nodeValue !== node.nodeValue) here.nodeValue = node.nodeValue;
  });
  for (let i = fresh.length; i < old.length; i++) old[i]!.remove();
}
