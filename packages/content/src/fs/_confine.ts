import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { inside } from './_inside.js';

// The real path of `path` with symbolic links resolved, for the part of it that exists; a missing
// tail (a folder not created yet) is appended as written.
async function realpathOfExisting(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realpathOfExisting(parent), basename(path));
  }
}

/**
 * Where writing `path` would land relative to `root`: `inside`, `outside` (the path leaves it), or
 * `link` (the path stays inside as written, but a symbolic link on the way leads out of it).
 */
export async function placeOf(root: string, path: string): Promise<'inside' | 'outside' | 'link'> {
  if (!inside(root, path)) return 'outside';
  const [realRoot, realFolder] = await Promise.all([realpathOfExisting(root), realpathOfExisting(dirname(path))]);
  return inside(realRoot, realFolder) ? 'inside' : 'link';
}
