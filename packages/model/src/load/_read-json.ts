import { MAX_DEPTH } from './yaml-to-value.js';

/**
 * Reads JSON text with `JSON.parse` when it holds nothing the YAML reader would report: no syntax
 * error, no object with a key twice (which `JSON.parse` silently keeps the last of), no nesting
 * past `MAX_DEPTH`. Gives `undefined` otherwise, so the caller reads it the slow, located way.
 */
export function readJson(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const scan = scanJson(text);
  // Each ":" outside a string is one member written; fewer kept members means a key came twice.
  if (scan.depth > MAX_DEPTH || scan.members !== membersOf(value)) return undefined;
  return { value };
}

/** Members written and deepest nesting of valid JSON text, counted in one pass that skips strings. */
function scanJson(text: string): { members: number; depth: number } {
  let members = 0;
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = endOfString(text, i);
    else if (c === 0x3a) members++;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { members, depth: deepest };
}

/** The index of the quote closing the string that opens at `start`. */
function endOfString(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** Own keys of every object in a parsed JSON value (whose depth is already known to be small). */
function membersOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) for (const item of value) n += membersOf(item);
  else {
    for (const key in value) n += 1 + membersOf((value as Record<string, unknown>)[key]);
  }
  return n;
}
