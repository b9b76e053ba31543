import { idTable, type ClusterElement, type ElementKind } from '@kubegram/model';
import type { Unlisted } from '../../layout/_first-pods.js';
import type { Status } from './_status.js';

/**
 * Each element of a selection and each parent it names, by number: a tree is built reading arrays
 * by these numbers instead of hashing ids, and the levels of detail one fit builds share them.
 */
export interface SelectionIndex {
  /** The number of each element's id (the later element's, where two share an id, as a Map filled in order keeps). */
  slot: number[];
  /** The number of each element's parent, -1 for none; a parent the selection lacks has a number past the elements'. */
  parent: number[];
  /** How many numbers there are: the elements' and the missing parents'. */
  size: number;
  /** The kind of the element at each number; undefined for a missing parent. */
  kind: (ElementKind | undefined)[];
  /** The number of an element's or a missing parent's id. */
  slotOf(id: string): number | undefined;
  /** Each element's status, by its place in the list, once read. */
  status: (Status | undefined)[];
  /** The pods on each number, listed and unlisted, for the unlisted pods they were counted with. */
  pods?: { unlisted: ReadonlyMap<string, Unlisted>; count: number[] };
}

/** No pods left unlisted: one map, so that the pods counted for it are counted once. */
export const NO_UNLISTED: ReadonlyMap<string, Unlisted> = new Map();

/** Numbers the elements of a selection and the parents they name. */
export function indexSelection(elements: readonly ClusterElement[]): SelectionIndex {
  const table = idTable(elements, (e) => e.id);
  const n = elements.length;
  // Plain arrays filled by pushing: a typed array this small costs more to allocate than to fill.
  const slot: number[] = [];
  const kind: (ElementKind | undefined)[] = [];
  // Each element is its own number unless an id repeats: then the later one's number and kind stand for it.
  for (let k = 0; k < n; k++) {
    slot.push(table.repeats ? table.get(elements[k]!.id)! : k);
    kind.push(elements[k]!.kind);
  }
  if (table.repeats) for (let k = 0; k < n; k++) kind[slot[k]!] = elements[k]!.kind;
  let missing: Map<string, number> | undefined;
  const parent: number[] = [];
  for (let k = 0; k < n; k++) {
    const p = elements[k]!.parent;
    if (p === undefined) {
      parent.push(-1);
      continue;
    }
    let s = table.get(p) ?? missing?.get(p);
    if (s === undefined) {
      (missing ??= new Map()).set(p, (s = n + missing.size));
      kind.push(undefined);
    }
    parent.push(s);
  }
  const slotOf = (id: string) => table.get(id) ?? missing?.get(id);
  return { slot, parent, size: n + (missing?.size ?? 0), kind, slotOf, status: [] };
}

/** The pods on each number, those listed and those a node leaves unlisted; an unlisted count is added only where a pod is listed. */
export function podsUnder(elements: readonly ClusterElement[], index: SelectionIndex, unlisted: ReadonlyMap<string, Unlisted>): number[] {
  if (index.pods?.unlisted === unlisted) return index.pods.count;
  const count = zeros(index.size);
  for (let k = 0; k < elements.length; k++) if (elements[k]!.kind === 'pod' && index.parent[k]! >= 0) count[index.parent[k]!]!++;
  for (const [node, rest] of unlisted) {
    const s = index.slotOf(node);
    if (s !== undefined && count[s]! > 0) count[s]! += rest.pods;
  }
  index.pods = { unlisted, count };
  return count;
}

/** `n` zeros, in a plain array. */
export function zeros(n: number): number[] {
  // Filled at its full length at once: pushing grows a long array again and again, copying it each
  // time, and `fill` leaves it a packed array of small integers, not a sparse one.
  return new Array<number>(n).fill(0);
}
