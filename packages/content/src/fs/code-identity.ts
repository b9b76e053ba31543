import { createHash } from 'node:crypto';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// What never shapes a build's output: other packages, tests, benchmarks, caches and source maps.
const SKIPPED_FOLDERS = new Set(['node_modules', '.turbo', '.cache', 'coverage', 'test', 'tests', 'bench']);
const SKIPPED_FILE = /\.(test|spec)\.[cm]?[jt]sx?$|\.map$|\.tsbuildinfo$/;

// By package folder: a build asks once per process, however many lessons it has.
const identities = new Map<string, Promise<string>>();

/**
 * A hash naming the code that makes a build's outputs, for cache keys: for each module (a `file:`
 * URL or path, such as `import.meta.url` or `import.meta.resolve('markdown-it')`), the package it
 * belongs to. An installed package counts by its name and version; a package of a workspace (not
 * under `node_modules`, so its version says nothing) by the bytes of its files.
 */
export async function codeIdentity(modules: readonly string[]): Promise<string> {
  const parts = await Promise.all(modules.map(async (m) => packageIdentity(await packageRoot(m.startsWith('file:') ? fileURLToPath(m) : m))));
  return createHash('sha256').update([...new Set(parts)].sort().join('\n')).digest('hex').slice(0, 40);
}

async function packageRoot(file: string): Promise<string> {
  let dir = dirname(await realpath(file));
  for (;;) {
    const found = await readFile(join(dir, 'package.json'), 'utf8').then((text) => (JSON.parse(text) as { name?: string }).name !== undefined, () => false);
    if (found) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`codeIdentity: no package.json with a "name" above ${file}: expected a module inside a package`);
    dir = up;
  }
}

function packageIdentity(root: string): Promise<string> {
  let identity = identities.get(root);
  if (!identity) identities.set(root, (identity = computeIdentity(root)));
  return identity;
}

async function computeIdentity(root: string): Promise<string> {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name: string; version?: string };
  if (root.split(sep).includes('node_modules')) return `${pkg.name}@${pkg.version ?? ''}`;
  const hash = createHash('sha256');
  for (const file of await filesOf(root)) {
    hash.update(`${file.slice(root.length)}\0`);
    hash.update(await readFile(file));
  }
  return `${pkg.name}#${hash.digest('hex')}`;
}

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) files.push(...(await filesOf(path)));
    else if (entry.isFile() && !SKIPPED_FILE.test(entry.name)) files.push(path);
  }
  return files;
}
