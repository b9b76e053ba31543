import { posix } from 'node:path';

/** The URL of one site path as seen from the page at another (both relative to the site root). */
export function relativeHref(fromPage: string, to: string): string {
  const [target = '', hash] = to.split('#');
  const rel = posix.relative(posix.dirname(fromPage), target) || posix.basename(target);
  return hash === undefined ? rel : `${rel}#${hash}`;
}
