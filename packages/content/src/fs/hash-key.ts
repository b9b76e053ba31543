import { createHash } from 'node:crypto';

/**
 * The cache key of a build output: a hex SHA-256 of its inputs, given as JSON values (strings,
 * numbers, plain objects, arrays, byte arrays as their bytes). Objects hash with their keys sorted,
 * so the order a loader happened to build them in never changes a key.
 */
export function hashKey(...inputs: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) feed(hash, input);
  return hash.digest('hex').slice(0, 40);
}

type Hash = ReturnType<typeof createHash>;

function feed(hash: Hash, value: unknown): void {
  if (value instanceof Uint8Array) {
    hash.update(`b${value.byteLength}:`);
    hash.update(value);
  } else if (Array.isArray(value)) {
    hash.update(`a${value.length}[`);
    for (const item of value) feed(hash, item);
    hash.update(']');
  } else if (value instanceof Map) {
    feed(hash, [...value].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)));
  } else if (value !== null && typeof value === 'object') {
    // As JSON has it, a key whose value is undefined is no key.
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
    hash.update(`o${keys.length}{`);
    for (const key of keys) {
      feed(hash, key);
      feed(hash, record[key]);
    }
    hash.update('}');
  } else {
    // The type first: the string "1" and the number 1 are different inputs.
    const text = value === undefined ? 'u' : `${typeof value}:${String(value)}`;
    hash.update(`${text.length}:${text}`);
  }
}
