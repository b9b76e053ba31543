import type { Quantity } from './parse-quantity.js';

const ceilDiv = (a: bigint, b: bigint): bigint => (a % b === 0n ? a / b : a / b + 1n);

/**
 * CPU in the form the model takes: whole cores ("4", "1000") or millicores ("250m"), rounded up
 * to the millicore as the scheduler counts it; undefined for negative values.
 */
export function formatCpu(q: Quantity): string | undefined {
  if (q.numerator < 0n) return undefined;
  if (q.numerator % q.denominator === 0n) return String(q.numerator / q.denominator);
  const milli = ceilDiv(q.numerator * 1000n, q.denominator);
  return milli % 1000n === 0n ? String(milli / 1000n) : `${milli}m`;
}

const EXACT: [string, bigint][] = [
  ['Ti', 2n ** 40n],
  ['Gi', 2n ** 30n],
  ['Mi', 2n ** 20n],
  ['Ki', 2n ** 10n],
  ['T', 10n ** 12n],
  ['G', 10n ** 9n],
  ['M', 10n ** 6n],
  ['k', 10n ** 3n],
];

/**
 * Memory in the form the model takes, exactly: whole bytes (rounded up, as the kubelet counts
 * them) in the largest unit that divides them ("1536Mi", "64M"); undefined for negative values.
 */
export function formatMemory(q: Quantity): string | undefined {
  if (q.numerator < 0n) return undefined;
  const bytes = ceilDiv(q.numerator, q.denominator);
  if (bytes === 0n) return '0';
  for (const [unit, size] of EXACT) if (bytes % size === 0n) return `${bytes / size}${unit}`;
  return String(bytes);
}

const READABLE: [string, bigint][] = [
  ['Ti', 2n ** 40n],
  ['Gi', 2n ** 30n],
  ['Mi', 2n ** 20n],
];

// The kubelet reports memory in Ki ("16331164Ki"); a diagram reads better as "15.6Gi".
/** Memory in the largest binary unit that keeps at least one whole unit, one decimal at most. */
export function formatReadableMemory(q: Quantity): string | undefined {
  if (q.numerator < 0n) return undefined;
  const bytes = ceilDiv(q.numerator, q.denominator);
  for (const [unit, size] of READABLE) {
    if (bytes >= size) {
      const tenths = (bytes * 10n + size / 2n) / size;
      return tenths % 10n === 0n ? `${tenths / 10n}${unit}` : `${tenths / 10n}.${tenths % 10n}${unit}`;
    }
  }
  return formatMemory(q);
}
