/** A Kubernetes quantity as an exact fraction: `numerator / denominator`, denominator > 0. */
export interface Quantity {
  /** The signed numerator. */
  numerator: bigint;
  /** The positive denominator. */
  denominator: bigint;
}

const BINARY: Record<string, bigint> = { Ki: 2n ** 10n, Mi: 2n ** 20n, Gi: 2n ** 30n, Ti: 2n ** 40n, Pi: 2n ** 50n, Ei: 2n ** 60n };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

// The grammar of resource.Quantity: a signed decimal number (digits, "1.", ".5"), then a binary
// suffix (Ki..Ei), a decimal suffix (n, u, m, k, M, G, T, P, E) or a decimal exponent (e3, E-2).
const GRAMMAR = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|([eE][+-]?\d+)|(n|u|m|k|M|G|T|P|E)?)$/;

/**
 * Parses a Kubernetes quantity (`"250m"`, `"16331164Ki"`, `"1k"`, `"250000u"`, `"1e9"`, or a YAML
 * number) into an exact fraction; anything else gives undefined.
 */
export function parseQuantity(value: unknown): Quantity | undefined {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberText(value) : '') : typeof value === 'string' ? value.trim() : '';
  const match = GRAMMAR.exec(text);
  if (!match) return undefined;
  const [, sign, number, binary, exponent, decimal] = match;
  const [whole = '', fraction = ''] = number!.split('.');
  let numerator = BigInt(`${whole}${fraction}` || '0');
  let denominator = 10n ** BigInt(fraction.length);
  if (binary !== undefined) numerator *= BINARY[binary]!;
  // Exponents past ±1000 are no quantity anyone means; refusing them keeps the arithmetic bounded.
  const power = exponent !== undefined ? Number(exponent.slice(1)) : DECIMAL[decimal ?? '']!;
  if (Math.abs(power) > 1000) return undefined;
  if (power >= 0) numerator *= 10n ** BigInt(power);
  else denominator *= 10n ** BigInt(-power);
  if (sign === '-') numerator = -numerator;
  return reduce(numerator, denominator);
}

// String(1e21) is "1e+21", which the grammar reads; small fractions print as "1e-7", also read.
function numberText(value: number): string {
  return String(value);
}

function reduce(numerator: bigint, denominator: bigint): Quantity {
  const divisor = gcd(numerator < 0n ? -numerator : numerator, denominator);
  return divisor > 1n ? { numerator: numerator / divisor, denominator: denominator / divisor } : { numerator, denominator };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
