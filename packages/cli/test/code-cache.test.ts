import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN } from './_run.js';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'kubegram-code-cache-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

/** Runs the binary with its caches kept under `home`, or with `env` as given. */
function run(args: string[], env: Record<string, string | undefined> = { NODE_COMPILE_CACHE: home }) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: undefined, ...env } });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

// The cache files of this user's folder, by name.
async function cacheFiles(): Promise<string[]> {
  const folders = (await readdir(home)).filter((f) => f.startsWith('kubegram-'));
  expect(folders).toHaveLength(1);
  return (await readdir(join(home, folders[0]!))).map((f) => join(home, folders[0]!, f));
}

// The machine's own Node (not the workspace's pinned one) when it is older than 22, for the oldest supported.
function olderNode(): string | undefined {
  for (const entry of (process.env.PATH ?? '').split(delimiter)) {
    const node = join(entry, 'node');
    if (entry.includes('node_modules') || !existsSync(node)) continue;
    const major = Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }));
    return major < 22 ? node : undefined;
  }
  return undefined;
}

describe("the launcher's code cache", () => {
  it('is made by the first run of a command, read by the next, and changes nothing printed', async () => {
    const first = run(['render', '--preset', 'course']);
    const [file, ...more] = await cacheFiles();
    expect(more).toEqual([]);
    expect(file).toMatch(/[0-9a-f]+-\d+-render-v\d+\.\d+\.\d+-\w+\.bin$/);
    const made = await stat(file!);
    expect(made.size).toBeGreaterThan(10_000);
    expect(run(['render', '--preset', 'course'])).toBe(first);
    // Accepted, so not written again.
    expect((await stat(file!)).mtimeMs).toBe(made.mtimeMs);
    expect(first.startsWith('<svg')).toBe(true);
  });

  it('keeps one file per command, and one for any other word', async () => {
    run(['render', '--preset', 'local']);
    run(['validate', '--help']);
    run(['--help']);
    spawnSync(process.execPath, [BIN, 'rendr'], { env: { ...process.env, NODE_COMPILE_CACHE: home } });
    const names = (await cacheFiles()).map((f) => f.split('-').at(-3));
    expect(names.sort()).toEqual(['other', 'render', 'validate']);
  });

  it('prints no warning of its own when the command imports a module (PNG rendering)', async () => {
    const png = join(home, 'course.png');
    const result = spawnSync(process.execPath, [BIN, 'render', '--preset', 'local', '-o', png], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: home } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect((await readFile(png)).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('replaces a cache V8 refuses, and the command still runs', async () => {
    const expected = run(['render', '--preset', 'course']);
    const [file] = await cacheFiles();
    await writeFile(file!, Buffer.alloc(4096, 7));
    expect(run(['render', '--preset', 'course'])).toBe(expected);
    const replaced = await readFile(file!);
    expect(replaced.equals(Buffer.alloc(4096, 7))).toBe(false);
    expect(run(['render', '--preset', 'course'])).toBe(expected);
  });

  it('is not made by a run that fails', async () => {
    const failed = spawnSync(process.execPath, [BIN, 'render', '--view', 'nowhere', '--preset', 'course'], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: home } });
    expect(failed.status).toBe(2);
    expect(await cacheFiles()).toEqual([]);
  });

  it('is neither read nor written with NODE_DISABLE_COMPILE_CACHE', async () => {
    run(['render', '--preset', 'course'], { NODE_COMPILE_CACHE: home, NODE_DISABLE_COMPILE_CACHE: '1' });
    expect((await readdir(home)).filter((f) => f.startsWith('kubegram-'))).toEqual([]);
  });

  it.skipIf(process.getuid === undefined)('is not used from a folder others can write', async () => {
    run(['render', '--preset', 'course']);
    const [file] = await cacheFiles();
    const folder = join(file!, '..');
    await rm(file!);
    await chmod(folder, 0o777);
    expect(run(['render', '--preset', 'course']).startsWith('<svg')).toBe(true);
    expect(await readdir(folder)).toEqual([]);
  });

  // Node 20 loses a script's import() loader when the script comes from a code cache.
  it.skipIf(olderNode() === undefined)('is not used on Node 20 and 21, where commands that import a module still run', async () => {
    const node = olderNode()!;
    const png = join(home, 'course.png');
    for (let i = 0; i < 2; i++) {
      const result = spawnSync(node, [BIN, 'render', '--preset', 'local', '-o', png], { encoding: 'utf8', env: { ...process.env, NODE_COMPILE_CACHE: home } });
      expect(result.status, result.stderr).toBe(0);
    }
    expect((await readdir(home)).filter((f) => f.startsWith('kubegram-'))).toEqual([]);
  });
});
