import { existsSync } from 'node:fs';
import { mkdtemp, readdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { openBuildCache } from './build-cache.js';

const cacheDir = async () => join(await mkdtemp(join(tmpdir(), 'kubegram-cache-')), 'cache');

test('openBuildCache reads back the files and meta written under a key, and nothing under another', async () => {
  const dir = await cacheDir();
  const cache = openBuildCache({ dir });
  await cache.write('site-page', 'k1', { files: new Map<string, string | Uint8Array>([['basics/nodes.html', '<p>nodes</p>'], ['basics/diagrams/a.svg', new Uint8Array([60, 115, 62])]]), meta: { diagrams: 1 } });
  const entry = await openBuildCache({ dir }).read('site-page', 'k1');
  expect(entry?.meta).toEqual({ diagrams: 1 });
  expect(Object.fromEntries([...entry!.files].map(([p, b]) => [p, b.toString('utf8')]))).toEqual({ 'basics/nodes.html': '<p>nodes</p>', 'basics/diagrams/a.svg': '<s>' });
  expect(await cache.read('site-page', 'k2')).toBeUndefined();
  expect(await cache.read('deck', 'k1')).toBeUndefined();
});

test('openBuildCache replaces an entry written again under the same key, whole', async () => {
  const dir = await cacheDir();
  const cache = openBuildCache({ dir });
  await cache.write('deck', 'k', { files: new Map([['a.md', 'one'], ['b.md', 'two']]) });
  await cache.write('deck', 'k', { files: new Map([['a.md', 'three']]) });
  const entry = await cache.read('deck', 'k');
  expect([...entry!.files.keys()]).toEqual(['a.md']);
  expect(entry!.files.get('a.md')!.toString()).toBe('three');
  expect((await readdir(join(dir, 'deck'))).filter((n) => n.startsWith('.tmp'))).toEqual([]);
});

test('openBuildCache refuses a file path outside the entry and a key that is not a plain name', async () => {
  const cache = openBuildCache({ dir: await cacheDir() });
  await expect(cache.write('deck', 'k', { files: new Map([['../escape.md', 'x']]) })).rejects.toThrow('bad file path "../escape.md": expected a path inside the entry');
  await expect(cache.read('deck', '../k')).rejects.toThrow('bad key "../k"');
});

test('openBuildCache prune removes the entries the build did not use once older than maxAgeMs, and keeps the rest', async () => {
  const dir = await cacheDir();
  const first = openBuildCache({ dir });
  for (const key of ['old', 'recent', 'used']) await first.write('deck', key, { files: new Map([['a.md', key]]) });
  const long = new Date(Date.now() - 3 * 24 * 3600 * 1000);
  await utimes(join(dir, 'deck', 'old'), long, long);
  await utimes(join(dir, 'deck', 'used'), long, long);
  const second = openBuildCache({ dir, maxAgeMs: 24 * 3600 * 1000 });
  expect(await second.read('deck', 'used')).toBeDefined();
  await second.prune();
  expect((await readdir(join(dir, 'deck'))).sort()).toEqual(['recent', 'used']);
  const strict = openBuildCache({ dir, maxAgeMs: 0 });
  await strict.read('deck', 'used');
  await strict.prune();
  expect(await readdir(join(dir, 'deck'))).toEqual(['used']);
  expect(existsSync(join(dir, 'deck', 'used', 'meta.json'))).toBe(true);
});
