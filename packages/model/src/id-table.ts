/** The number of each item of a list by its id, and whether the list repeats an id. */
export interface IdTable {
  /** The number of the item with this id (the later, where two share it), or undefined. */
  get(id: string): number | undefined;
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

// Up to this many items a Map is the cheaper table: it hashes each id once (the string keeps its
// hash), where the flat table hashes an id again at every look-up and allocates its slots; only
// past a few thousand ids does the Map's growing, entry by entry, cost more.
const MAP_UP_TO = 2048;

/**
 * Finds the items of a list by id: a Map for a short list; for lists as large as a 100,000-element
 * cluster, one flat table made at its full size at once, each slot an item's number plus one (0 is
 * empty), the id's hash choosing where to look first. A Map or Set of that many ids grows by moving every entry to tables
 * twice as large, again and again, which costs several times what looking them all up does. Where
 * two items share an id, the later one is found, as with a Map filled in order.
 */
export function idTable<T>(items: readonly T[], idOf: (item: T) => string): IdTable {
  return items.length <= MAP_UP_TO ? mapTable(items, idOf) : flatTable(items, idOf);
}

function mapTable<T>(items: readonly T[], idOf: (item: T) => string): IdTable {
  const at = new Map<string, number>();
  let repeats = false;
  for (let k = 0; k < items.length; k++) {
    const id = idOf(items[k]!);
    const size = at.size;
    // A Map that did not grow already had the id: one look-up where `has` then `set` take two.
    if (at.set(id, k).size === size) repeats = true;
  }
  return { get: (id) => at.get(id), has: (id) => at.has(id), repeats };
}

function flatTable<T>(items: readonly T[], idOf: (item: T) => string): IdTable {
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
  const get = (id: string): number | undefined => {
    for (let h = hashOf(id) & mask; slots[h]! !== 0; h = (h + 1) & mask) {
      const k = slots[h]! - 1;
      if (idOf(items[k]!) === id) return k;
    }
    return undefined;
  };
  return { get, has: (id) => get(id) !== undefined, repeats };
}
