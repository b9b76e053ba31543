import { isAbsolute, relative } from 'node:path';

/** True when `path` is `folder` or lies under it (by the paths as written). */
export function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
