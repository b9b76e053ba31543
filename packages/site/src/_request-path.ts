/**
 * The decoded path of a request target, or undefined when the target is not a plain path a static
 * server should look up: not origin-form (`/…`), badly percent-encoded, or decoding to a NUL or a
 * backslash (a separator on Windows, and never part of a page's name here).
 */
export function requestPath(target: string): string | undefined {
  if (!target.startsWith('/')) return undefined;
  const end = target.search(/[?#]/);
  let path: string;
  try {
    path = decodeURIComponent(end === -1 ? target : target.slice(0, end));
  } catch {
    return undefined;
  }
  return /[\0\\]/.test(path) ? undefined : path;
}
