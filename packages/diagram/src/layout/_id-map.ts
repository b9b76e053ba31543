import { idTable } from '@kubegram/model';

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
