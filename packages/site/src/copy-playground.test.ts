import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyPlayground } from './copy-playground.ts';

let scratch: string;
afterEach(() => rm(scratch, { recursive: true, force: true }));

describe('copyPlayground', () => {
  it('copies the built playground into the site at playground/', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'kg-copy-playground-'));
    const built = join(scratch, 'built');
    await mkdir(built);
    await writeFile(join(built, 'index.html'), '<!doctype html><title>Playground</title>');
    await writeFile(join(built, 'playground.js'), 'export {};');
    const to = await copyPlayground(join(scratch, 'site'), built);
    expect(to).toBe(join(scratch, 'site', 'playground'));
    expect(await readFile(join(to, 'index.html'), 'utf8')).toContain('<title>Playground</title>');
    expect(await readFile(join(to, 'playground.js'), 'utf8')).toBe('export {};');
  });

  it('says how to build the playground when it has not been built', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'kg-copy-playground-'));
    await expect(copyPlayground(join(scratch, 'site'), join(scratch, 'nothing'))).rejects.toThrow(/no built playground at .*nothing[\\/]index\.html: build the playground first/);
  });
});
