import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './_io.js';

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
});
