import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start } from './_process.js';
import { BIN, kubegram } from './_run.js';

const SPEC = "{ id: 'm', nodes: [{ id: 'cp-1', role: 'control-plane' }, { id: 'w-1', role: 'worker' }] }";
const EXPECTED = 'expected a module that exports a cluster, such as "export default defineCluster({ … })"';

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-models-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

// Permissions do not stop root: as root, the runs that need them go through an unprivileged user,
// who must be able to start this Node and read the built command (a checkout in a folder only root
// may enter, such as one made by mktemp, rules that out; the folder-as-model test below still runs).
const AS_NOBODY = ['runuser', '-u', 'nobody', '--'];
const nobodyCanRun = () => spawnSync(AS_NOBODY[0]!, [...AS_NOBODY.slice(1), process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]).status === 0;
const unprivileged = process.getuid?.() !== 0 ? [] : nobodyCanRun() ? AS_NOBODY : undefined;

describe('module models on the command line', () => {
  it.skipIf(unprivileged === undefined)('an unreadable model is exit 2 naming it, and a model in a read-only folder loads', async () => {
    const dir = await folderWith({ 'secret.ts': `export default ${SPEC};\n`, 'secret.yaml': 'id: m\n', 'ro/model.ts': `export default ${SPEC};\n` });
    await chmod(join(dir, 'secret.ts'), 0o000);
    await chmod(join(dir, 'secret.yaml'), 0o000);
    await chmod(join(dir, 'ro'), 0o555);
    await chmod(dir, 0o755);
    const run = (model: string) => start(['validate', model], { cwd: dir, runAs: unprivileged }).ended;
    expect(await run('secret.ts')).toMatchObject({ code: 2, stderr: 'kubegram validate: secret.ts: could not read the model file: permission denied\n' });
    expect(await run('secret.yaml')).toMatchObject({ code: 2, stderr: 'kubegram validate: secret.yaml: permission denied\n' });
    expect(await run('ro/model.ts')).toMatchObject({ code: 0, stderr: 'ro/model.ts: valid (2 nodes, 0 pods)\n' });
  });

  it('a folder in place of a model is unreadable input, exit 2 naming it, for every format', async () => {
    const dir = await folderWith({});
    await mkdir(join(dir, 'model.ts'));
    await mkdir(join(dir, 'model.yaml'));
    expect(await kubegram(['validate', 'model.ts'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'kubegram validate: model.ts: could not read the model file: is a directory, expected a file\n' });
    expect(await kubegram(['validate', 'model.yaml'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'kubegram validate: model.yaml: is a directory, expected a file\n' });
  });

  it('diagrams --check fails, naming the model, when a model calls process.exit(0)', async () => {
    const dir = await folderWith({
      'models/exits.ts': `process.exit(0);\nexport default ${SPEC};\n`,
      'lesson.md': '# A lesson\n\n![The cluster](overview.svg "kubegram: models/exits.ts#overview")\n',
    });
    const result = await kubegram(['diagrams', '--check'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`models/exits.ts: error: the model called process.exit(0) before exporting a cluster; ${EXPECTED}\n`);
    expect(result.stderr).toContain('1 diagram file checked: 0 up to date, 0 out of date, 1 failed');
  });

  it('a model that never finishes loading is stopped, exit 1 naming it, with nothing left beside it', async () => {
    const dir = await folderWith({ 'model.ts': `while (true) {}\nexport default ${SPEC};\n` });
    const result = await start(['render', 'model.ts', '-o', 'out.svg'], { cwd: dir, env: { KUBEGRAM_MODEL_TIMEOUT_MS: '500' } }).ended;
    expect(result).toMatchObject({
      code: 1,
      stderr: `kubegram render: model.ts is not a valid model:\nmodel.ts: error: the model did not finish loading within 0.5 s; ${EXPECTED}\n`,
    });
    expect(await readdir(dir)).toEqual(['model.ts']);
  });

  it("a model's console output goes to standard error, all of it, never into the diagram", async () => {
    const dir = await folderWith({ 'model.ts': `for (let i = 1; i <= 500; i++) console.log('loading step', i);\nexport default ${SPEC};\n` });
    const result = await kubegram(['render', 'model.ts'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<svg/);
    expect(result.stderr).toBe(Array.from({ length: 500 }, (_, i) => `loading step ${i + 1}\n`).join(''));
  });

  it('a model that leaves a timer running still loads, and the run ends', async () => {
    const dir = await folderWith({ 'model.ts': `setInterval(() => {}, 1000);\nexport default ${SPEC};\n` });
    const result = await start(['validate', 'model.ts'], { cwd: dir }).ended;
    expect(result).toMatchObject({ code: 0, signal: null, stderr: 'model.ts: valid (2 nodes, 0 pods)\n' });
  });

  it('a model that throws is reported with its file and message, without a stack trace', async () => {
    const dir = await folderWith({ 'model.ts': "throw new Error('no cluster today');\n" });
    const result = await kubegram(['validate', 'model.ts'], { cwd: dir });
    expect(result).toMatchObject({ code: 1, stdout: 'model.ts: error: the model module threw while loading: no cluster today\n', stderr: 'model.ts: 1 error\n' });
  });
});
