import { spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { chmod, link, lstat, mkdir, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start } from './_process.js';
import { kubegram } from './_run.js';

const MODEL = `id: shop
nodes:
  - { id: cp-1, role: control-plane }
  - { id: worker-1, role: worker }
`;

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-output-'));
  await writeFile(join(dir, 'shop.yaml'), MODEL);
  return dir;
}

const isRoot = process.getuid?.() === 0;

describe('render -o', () => {
  it('writes through a character device instead of replacing it', async () => {
    const dir = await folder();
    // As root a device node of its own is made (the null device), so /dev/null is never at stake;
    // otherwise a link to /dev/null stands in for it.
    const device = join(dir, 'null');
    if (isRoot) expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    else await symlink('/dev/null', device);
    const result = await kubegram(['render', 'shop.yaml', '-o', 'null'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect((await stat(device)).isCharacterDevice()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['null', 'shop.yaml']);
  });

  it('writes into a named pipe behind a link, without hanging or replacing either', async () => {
    const dir = await folder();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    await symlink('pipe', join(dir, 'out.svg'));
    const read = readFile(fifo, 'utf8');
    const result = await start(['render', 'shop.yaml', '-o', 'out.svg'], { cwd: dir, limitMs: 15_000 }).ended;
    expect(result).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(await read).toMatch(/^<svg/);
    expect((await lstat(join(dir, 'out.svg'))).isSymbolicLink()).toBe(true);
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['out.svg', 'pipe', 'shop.yaml']);
  });

  it('through a link to a regular file, replaces the file it points to and keeps the link', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'out.svg'), 'old');
    await chmod(join(dir, 'real', 'out.svg'), 0o640);
    await symlink('real/out.svg', join(dir, 'out.svg'));
    expect((await kubegram(['render', 'shop.yaml', '-o', 'out.svg'], { cwd: dir })).code).toBe(0);
    expect((await lstat(join(dir, 'out.svg'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'real', 'out.svg'), 'utf8')).toMatch(/^<svg/);
    expect((await stat(join(dir, 'real', 'out.svg'))).mode & 0o777).toBe(0o640);
    expect(await readdir(join(dir, 'real'))).toEqual(['out.svg']);
  });

  it('through a link to a file yet to be made, creates that file', async () => {
    const dir = await folder();
    await symlink('made.svg', join(dir, 'out.svg'));
    expect((await kubegram(['render', 'shop.yaml', '-o', 'out.svg'], { cwd: dir })).code).toBe(0);
    expect((await lstat(join(dir, 'out.svg'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'made.svg'), 'utf8')).toMatch(/^<svg/);
  });

  it('refuses to overwrite the model, by its name, a link or a hard link, naming both (exit 2)', async () => {
    const dir = await folder();
    await symlink('shop.yaml', join(dir, 'link.yaml'));
    await link(join(dir, 'shop.yaml'), join(dir, 'hard.yaml'));
    for (const out of ['shop.yaml', 'link.yaml', 'hard.yaml']) {
      const result = await kubegram(['render', 'shop.yaml', '-o', out, '--format', 'mermaid'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`kubegram render: -o ${out} would overwrite shop.yaml, the input this command reads; give another output file\n`);
    }
    expect(await readFile(join(dir, 'shop.yaml'), 'utf8')).toBe(MODEL);
    expect((await readdir(dir)).sort()).toEqual(['hard.yaml', 'link.yaml', 'shop.yaml']);
  });

  it('refuses to overwrite a file a TypeScript model imports', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'nodes.ts'), "export const nodes = [{ id: 'cp-1', role: 'control-plane' as const }];\n");
    await writeFile(join(dir, 'model.ts'), "import { nodes } from './nodes.ts';\nexport default { id: 'm', nodes };\n");
    const result = await kubegram(['render', 'model.ts', '-o', 'nodes.ts', '-f', 'svg'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-o nodes.ts would overwrite nodes.ts, the input this command reads');
  });

  it('"-o -" writes to standard output', async () => {
    const dir = await folder();
    const result = await kubegram(['render', 'shop.yaml', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<svg/);
    expect((await readdir(dir)).sort()).toEqual(['shop.yaml']);
  });

  it('a folder or an impossible path is an error naming it, exit 2, with nothing left behind', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'out'));
    const folderOut = await kubegram(['render', 'shop.yaml', '-o', 'out'], { cwd: dir });
    expect(folderOut).toMatchObject({ code: 2, stderr: 'kubegram render: out: is a directory, expected a file\n' });
    const underFile = await kubegram(['render', 'shop.yaml', '-o', 'shop.yaml/x.svg'], { cwd: dir });
    expect(underFile).toMatchObject({ code: 2, stderr: 'kubegram render: shop.yaml/x.svg: could not write: a part of the path is not a directory\n' });
    expect((await readdir(dir)).sort()).toEqual(['out', 'shop.yaml']);
    expect(await readdir(join(dir, 'out'))).toEqual([]);
  });

  it('a full disk behind standard output is an error naming it, exit 2, without a stack trace', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await start(['render', '--preset', 'course'], { stdio: ['ignore', full, 'pipe'] }).ended;
      expect(result).toMatchObject({ code: 2, stderr: 'kubegram render: standard output: could not write: no space left on the device\n' });
    } finally {
      closeSync(full);
    }
  });
});

describe('import -o', () => {
  it('refuses to overwrite the kubectl output it reads, and "-o -" writes to standard output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-output-'));
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Node', metadata: { name: 'cp-1', labels: { 'node-role.kubernetes.io/control-plane': '' } } }] });
    await writeFile(join(dir, 'cluster.json'), json);
    const over = await kubegram(['import', 'cluster.json', '-o', 'cluster.json'], { cwd: dir });
    expect(over).toMatchObject({ code: 2, stderr: 'kubegram import: -o cluster.json would overwrite cluster.json, the input this command reads; give another output file\n' });
    expect(await readFile(join(dir, 'cluster.json'), 'utf8')).toBe(json);
    const out = await kubegram(['import', 'cluster.json', '-o', '-', '-q'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('id: cluster\n');
    expect(await readdir(dir)).toEqual(['cluster.json']);
  });
});
