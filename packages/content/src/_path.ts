// Path handling without `node:path`, so the main entry point also runs in browsers. Forward
// slashes throughout; a Windows drive prefix counts as a root.

const ROOT = /^(?:[A-Za-z]:)?\//;

/** The folder part of a path ('' for a bare file name). */
export function dirname(path: string): string {
  const p = path.replace(/\\/g, '/');
  const i = p.lastIndexOf('/');
  if (i < 0) return '';
  return i === 0 ? '/' : p.slice(0, i);
}

/** True for `/x`, `C:/x` and `C:\x`. */
export function isAbsolute(path: string): boolean {
  return ROOT.test(path.replace(/\\/g, '/'));
}

/** Resolves `relative` against `base`, collapsing `.` and `..`; absolute when `base` is. */
export function resolvePath(base: string, relative: string): string {
  const rel = relative.replace(/\\/g, '/');
  const joined = isAbsolute(rel) || base === '' ? rel : `${base.replace(/\\/g, '/')}/${rel}`;
  const root = ROOT.exec(joined)?.[0] ?? '';
  const out: string[] = [];
  for (const part of joined.slice(root.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || root === '') out.push(part);
  }
  return root + out.join('/');
}
