// Kubernetes allows null for most optional fields, and hand-written YAML holds any type: these
// readers take what has the expected type and treat everything else as absent.

/** A plain object, or undefined. */
export const obj = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
/** An array, or an empty one. */
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A non-empty string, or undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
/** A map of strings (labels, annotations), values of other types dropped. */
export function strings(v: unknown): Record<string, string> {
  const o = obj(v);
  if (o === undefined) return {};
  const out: Record<string, string> = {};
  for (const k in o) {
    const value = o[k];
    if (typeof value === 'string') out[k] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[k] = String(value);
  }
  return out;
}

/**
 * An object as it may arrive, seen with the field names of a Kubernetes API type (from
 * kubernetes-types) but every value unknown: a misspelt field fails to compile, a wrong value is
 * still checked where it is read.
 */
export type Loose<T> = { readonly [K in keyof T]?: unknown };
/** A plain object seen as `Loose<T>`, or undefined. */
export const view = <T>(v: unknown): Loose<T> | undefined => obj(v) as Loose<T> | undefined;
