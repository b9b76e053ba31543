/** A problem as the page lists it: where, how serious, and what. */
export interface ShownProblem {
  line?: number;
  column?: number;
  path?: string;
  message: string;
  severity: 'error' | 'warning';
}

/**
 * Lists problems under a heading in `box`, each place a button that moves the cursor there.
 * An empty list empties the box.
 */
export function showProblems(box: HTMLElement, heading: string, problems: readonly ShownProblem[], goTo: (line: number, column: number) => void): void {
  box.replaceChildren();
  if (problems.length === 0) return;
  const title = document.createElement('p');
  title.className = 'pg__problems-title';
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const p of problems) {
    const item = document.createElement('li');
    item.className = `pg-problem pg-problem--${p.severity}`;
    if (p.line !== undefined) {
      const at = document.createElement('button');
      at.type = 'button';
      at.className = 'pg-problem__at';
      at.textContent = `Line ${p.line}${p.column === undefined ? '' : `, column ${p.column}`}`;
      at.addEventListener('click', () => goTo(p.line!, p.column ?? 1));
      item.append(at, ' ');
    }
    const text = document.createElement('span');
    text.textContent = `${p.severity === 'warning' ? 'warning: ' : ''}${p.path ? `${p.path}: ` : ''}${p.message}`;
    item.append(text);
    list.append(item);
  }
  box.append(title, list);
}
