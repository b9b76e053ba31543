/** Shows a title and a list of lines in `box` (the notes of an import, or why a link did not open), and unhides it. */
export function showNotes(box: HTMLElement, title: string, lines: readonly string[]): void {
  const head = document.createElement('p');
  head.textContent = title;
  const list = document.createElement('ul');
  list.append(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  box.replaceChildren(head, ...(lines.length > 0 ? [list] : []));
  box.hidden = false;
}
