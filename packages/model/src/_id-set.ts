/** Whether an id is one of a list's, and whether two items of the list share one. */
export interface IdSet {
  has(id: string): boolean;
  /** Two items of the list have the same id. */
  repeats: boolean;
}

// FNV-1a over the id's UTF-16 units: a few multiplications for a short id.
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The ids of a list, as one flat table made at its full size at once, each slot an item's number
 * plus one (0 is empty), its id's hash choosing where to look first. A Set of a large cluster's ids
 * grows by moving every entry to tables twice as large, again and again, which costs several times
 * what looking them all up does.
 */
export function idSet<T>(items: readonly T[], idOf: (item: T) => string): IdSet {
  let size = 16;
  while (size < 2 * items.length) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  let repeats = false;
  for (let k = 0; k < items.length; k++) {
    const id = idOf(items[k]!);
    let h = hashOf(id) & mask;
    for (; slots[h]! !== 0; h = (h + 1) & mask) {
      if (idOf(items[slots[h]! - 1]!) === id) {
        repeats = true;
        break;
      }
    }
    slots[h] = k + 1;
  }
  return {
    repeats,
    has(id) {
      for (let h = hashOf(id) & mask; slots[h]! !== 0; h = (h + 1) & mask) if (idOf(items[slots[h]! - 1]!) === id) return true;
      return false;
    },
  };
}
