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

/** Values by id, for the ids of a list made before the values. */
export interface IdMap<V> {
  get(id: string): V | undefined;
  has(id: string): boolean;
  set(id: string, value: V): void;
}

/**
 * A Map of values by id where the ids are those of a list known before any value is set: the
 * list's id table and an array of values in list order. An id the list does not have is kept in a
 * Map beside them, so it behaves as a Map in every case.
 */
export function idMap<T, V>(items: readonly T[], idOf: (item: T) => string): IdMap<V> {
  const at = idTable(items, idOf);
  // Filled by pushing, not made with a length: a long array made with its length is a dictionary.
  const values: (V | undefined)[] = [];
  for (let k = 0; k < items.length; k++) values.push(undefined);
  let other: Map<string, V> | undefined;
  return {
    get(id) {
      const k = at.get(id);
      return k === undefined ? other?.get(id) : values[k];
    },
    has(id) {
      const k = at.get(id);
      return k === undefined ? other?.has(id) === true : values[k] !== undefined;
    },
    set(id, value) {
      const k = at.get(id);
      if (k !== undefined && value !== undefined) values[k] = value;
      else (other ??= new Map()).set(id, value);
    },
  };
}
