import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { codeIdentity } from './code-identity.js';

async function pkg(root: string, name: string, version: string, files: Record<string, string>): Promise<string> {
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'package.json'), JSON.stringify({ name, version }));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return join(root, Object.keys(files)[0]!);
}

test('codeIdentity changes when a file of a workspace package changes, but not for its tests', async () => {
  const root = join(await mkdtemp(join(tmpdir(), 'kubegram-identity-')), 'packages', 'site');
  const entry = await pkg(root, '@kubegram/site', '0.0.0', { 'dist/index.js': 'export const a = 1;', 'dist/index.test.js': 'test' });
  const before = await codeIdentity([entry]);
  await writeFile(join(root, 'dist', 'index.test.js'), 'another test');
  expect(await codeIdentity([entry])).toBe(before);
  await writeFile(join(root, 'dist', 'other.js'), 'export const b = 2;');
  // Identities are remembered per process, as a build asks once: a fresh folder shows the change.
  const copy = join(root, '..', 'site-copy');
  const entryCopy = await pkg(copy, '@kubegram/site', '0.0.0', { 'dist/index.js': 'export const a = 1;', 'dist/other.js': 'export const b = 2;' });
  expect(await codeIdentity([entryCopy])).not.toBe(before);
});

test('codeIdentity counts an installed package by its name and version', async () => {
  const base = join(await mkdtemp(join(tmpdir(), 'kubegram-identity-')), 'node_modules');
  const one = await pkg(join(base, 'a', 'node_modules', 'markdown-it'), 'markdown-it', '15.0.3', { 'index.js': 'one' });
  const same = await pkg(join(base, 'b', 'node_modules', 'markdown-it'), 'markdown-it', '15.0.3', { 'index.js': 'two' });
  const newer = await pkg(join(base, 'c', 'node_modules', 'markdown-it'), 'markdown-it', '15.0.4', { 'index.js': 'one' });
  expect(await codeIdentity([one])).toBe(await codeIdentity([same]));
  expect(await codeIdentity([one])).not.toBe(await codeIdentity([newer]));
});

test('codeIdentity names the module when no package holds it', async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'kubegram-identity-')), 'loose.js');
  await writeFile(file, '');
  await expect(codeIdentity([file])).rejects.toThrow(`no package.json with a "name" above ${file}`);
});
