import { chmod, mkdir, mkdtemp, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('creates missing folders and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-io-'));
    const file = join(dir, 'a', 'b', 'out.svg');
    expect(await writeFileAtomic(file, '<svg/>')).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('<svg/>');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['out.svg']);
  });

  it('does not touch a file whose bytes would not change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-io-'));
    const file = join(dir, 'out.svg');
    await writeFile(file, 'same');
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(file, past, past);
    expect(await writeFileAtomic(file, 'same')).toBe('unchanged');
    expect((await stat(file)).mtime.toISOString()).toBe(past.toISOString());
    expect(await writeFileAtomic(file, Buffer.from('other'))).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('other');
  });

  it('writes the file a symbolic link points to and keeps the link and the permissions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-io-'));
    const real = join(dir, 'real.svg');
    await writeFile(real, 'old');
    await chmod(real, 0o640);
    await symlink('real.svg', join(dir, 'link.svg'));
    expect(await writeFileAtomic(join(dir, 'link.svg'), 'new')).toBe('written');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await stat(real)).mode & 0o777).toBe(0o640);
    expect((await readdir(dir)).sort()).toEqual(['link.svg', 'real.svg']);
  });

  it('tells onTemp of the temporary file and forgets it once renamed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-io-'));
    const seen: string[] = [];
    let forgotten = 0;
    await writeFileAtomic(join(dir, 'out.svg'), '<svg/>', { onTemp: (temp) => (seen.push(temp), () => forgotten++) });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/[\\/]\.out\.svg\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(forgotten).toBe(1);
  });

  it('refuses a folder in the way with EISDIR and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-io-'));
    await mkdir(join(dir, 'out.svg'));
    await expect(writeFileAtomic(join(dir, 'out.svg'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await readdir(join(dir, 'out.svg'))).toEqual([]);
  });
});
