/** What folds into a box: a pod's containers or a node's components. */
export type FoldedKind = 'container' | 'component';

// The labels made so far, by what folds and the box's own label, then by how many fold. A label
// made afresh for every picture is a new string: each cache it is looked up in (measured labels,
// escaped text) hashes it and compares it character by character, about ten times the cost of
// looking up a string it has seen before. Kept, the same label is the same string every time.
const MADE: Record<FoldedKind, Map<string, string[]>> = { container: new Map(), component: new Map() };

// Past this many labels kept the memo starts again empty: a few megabytes at most.
const MOST = 20_000;
let kept = 0;

/** A box's label with the count of what folded into it, `web · 2 containers`: the same string for the same label and count. */
export function foldedLabel(label: string, count: number, kind: FoldedKind): string {
  const byLabel = MADE[kind];
  let byCount = byLabel.get(label);
  if (byCount === undefined) {
    if (kept >= MOST) {
      MADE.container.clear();
      MADE.component.clear();
      kept = 0;
    }
    byLabel.set(label, (byCount = []));
  }
  let made = byCount[count];
  if (made === undefined) {
    made = byCount[count] = `${label} · ${count} ${kind}${count === 1 ? '' : 's'}`;
    kept++;
  }
  return made;
}
