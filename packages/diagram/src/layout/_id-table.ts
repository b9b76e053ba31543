/** The number of an item by its id, or undefined. */
export interface IdTable {
  get(id: string): number | undefined;
}

// FNV-1a over the id's UTF-16 units: a few multiplications for a short id.
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Finds items by id: one flat table, made at its full size at once, each slot the item's number
 * plus one (0 is empty), its id's hash choosing where to look first. A Map of a large cluster's ids
 * grows by moving every entry to tables twice as large, again and again, which costs several times
 * what looking them all up does. Where two items share an id, the later one is found, as with a
 * Map filled in order.
 */
export function idTable<T>(items: readonly T[], idOf: (item: T) => string): IdTable {
  let size = 16;
  while (size < 2 * items.length) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  for (let k = 0; k < items.length; k++) {
    const id = idOf(items[k]!);
    let h = hashOf(id) & mask;
    while (slots[h]! !== 0 && idOf(items[slots[h]! - 1]!) !== id) h = (h + 1) & mask;
    slots[h] = k + 1;
  }
  return {
    get(id) {
      for (let h = hashOf(id) & mask; slots[h]! !== 0; h = (h + 1) & mask) {
        const k = slots[h]! - 1;
        if (idOf(items[k]!) === id) return k;
      }
      return undefined;
    },
  };
}
