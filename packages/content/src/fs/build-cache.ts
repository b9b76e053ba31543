import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';

/** Options of `openBuildCache`. */
export interface BuildCacheOptions {
  /** The folder the entries are kept in, such as `node_modules/.cache/kubegram`; made when first written. */
  dir: string;
  /**
   * How long `prune` keeps an entry the build did not use, in milliseconds (default 7 days); 0
   * keeps only what the build used, so the folder holds exactly one build's outputs.
   */
  maxAgeMs?: number;
}

/** One cached result: its files by relative path, and what the build wants to know about it. */
export interface CacheEntry {
  files: Map<string, Buffer>;
  meta: Record<string, unknown>;
}

/** Outputs kept by the hash of everything they were made from; see `openBuildCache`. */
export interface BuildCache {
  /** The entry made from inputs hashing to `key`, or undefined when there is none. */
  read(namespace: string, key: string): Promise<CacheEntry | undefined>;
  /** Keeps `files` and `meta` as the entry of `key`; a concurrent writer of the same key wins or loses whole. */
  write(namespace: string, key: string, entry: { files: ReadonlyMap<string, string | Uint8Array>; meta?: Record<string, unknown> }): Promise<void>;
  /** Removes the entries of the namespaces this build used that it neither read nor wrote, once older than `maxAgeMs`. */
  prune(): Promise<void>;
}

const DEFAULTS = { maxAgeMs: 7 * 24 * 3600 * 1000 };
const FILES = 'files';
const META = 'meta.json';
// A build that died mid-write leaves its temporary folder; an hour is longer than any write takes.
const STALE_TEMP_MS = 3600 * 1000;

/**
 * A folder of build outputs addressed by the hash of their inputs (`<dir>/<namespace>/<key>/`):
 * a build asks for the entry of a lesson's key and copies its files out instead of rendering
 * them again. The key must hash everything that shapes the files, so a stale entry is never read
 * (see `hashKey` and `codeIdentity`). Entries are written whole or not at all.
 */
export function openBuildCache(options: BuildCacheOptions): BuildCache {
  const o = { ...DEFAULTS, ...options };
  const used = new Map<string, Set<string>>();
  const use = (namespace: string, key: string) => {
    checkName(namespace, 'namespace');
    checkName(key, 'key');
    let keys = used.get(namespace);
    if (!keys) used.set(namespace, (keys = new Set()));
    keys.add(key);
    return join(o.dir, namespace, key);
  };
  return {
    read: async (namespace, key) => readEntry(use(namespace, key)),
    write: async (namespace, key, entry) => writeEntry(use(namespace, key), join(o.dir, namespace), entry),
    prune: async () => pruneUnused(o.dir, used, o.maxAgeMs),
  };
}

async function readEntry(at: string): Promise<CacheEntry | undefined> {
  let meta: Record<string, unknown>;
  try {
    meta = JSON.parse(await readFile(join(at, META), 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const files = new Map<string, Buffer>();
  const root = join(at, FILES);
  const names = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (names === undefined) return undefined;
  await Promise.all(
    names
      .filter((d) => d.isFile())
      .map(async (d) => {
        const path = join(d.parentPath, d.name);
        files.set(path.slice(root.length + 1).split(sep).join('/'), await readFile(path));
      }),
  );
  // Its time says when a build last used it, for `prune`.
  const now = new Date();
  await utimes(at, now, now).catch(() => undefined);
  return { files, meta };
}

// Written into a temporary folder beside it, then renamed into place: whole or not at all.
async function writeEntry(at: string, folder: string, entry: { files: ReadonlyMap<string, Uint8Array | string>; meta?: Record<string, unknown> }): Promise<void> {
  const temp = join(folder, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  try {
    for (const [path, data] of entry.files) {
      const file = join(temp, FILES, relativePath(path));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, data);
    }
    await mkdir(temp, { recursive: true });
    // meta.json last: an entry without it is never read.
    await writeFile(join(temp, META), JSON.stringify(entry.meta ?? {}));
    await rm(at, { recursive: true, force: true });
    await rename(temp, at);
  } catch (cause) {
    // Another build wrote the same key first: its entry holds the same files.
    if ((cause as NodeJS.ErrnoException).code !== 'ENOTEMPTY' && (cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function pruneUnused(dir: string, used: ReadonlyMap<string, ReadonlySet<string>>, maxAgeMs: number): Promise<void> {
  const now = Date.now();
  for (const [namespace, keys] of used) {
    const folder = join(dir, namespace);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (keys.has(name)) continue;
      const temp = name.startsWith('.tmp-');
      const age = now - (await stat(join(folder, name)).then((s) => s.mtimeMs, () => now));
      if (age >= (temp ? STALE_TEMP_MS : maxAgeMs)) await rm(join(folder, name), { recursive: true, force: true });
    }
  }
}

function checkName(name: string, what: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) throw new Error(`build cache: bad ${what} ${JSON.stringify(name)}: expected letters, digits, "-" and "_", such as "site-page"`);
}

// A file of an entry stays inside it, whatever path a caller gives.
function relativePath(path: string): string {
  const normal = normalize(path);
  if (isAbsolute(normal) || normal === '..' || normal.startsWith(`..${sep}`) || normal === '.') {
    throw new Error(`build cache: bad file path ${JSON.stringify(path)}: expected a path inside the entry, such as "module/lesson.html"`);
  }
  return normal;
}
