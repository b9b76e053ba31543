import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, kubegram } from './_run.js';

const MODEL = `id: shop
nodes:
  - { id: cp-1, role: control-plane }
  - { id: worker-1, role: worker }
`;
const lesson = (body: string) => `---
id: "1"
order: 1
title: 'A cluster'
excerpt: 'Its parts'
coverImage: ''
module: 'Architecture'
videoId: ''
duration: ''
---

${body}
`;

async function course(body: string, models: Record<string, string> = { 'shop.yaml': MODEL }): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'kubegram-diagrams-'));
  const dir = join(root, 'course');
  await mkdir(join(dir, 'models'), { recursive: true });
  await mkdir(join(dir, 'intro'));
  for (const [name, text] of Object.entries(models)) await writeFile(join(dir, 'models', name), text);
  await writeFile(join(dir, 'intro', 'cluster.md'), lesson(body));
  return { root, dir };
}

describe('kubegram diagrams (robustness)', () => {
  it('refuses an image path that leads outside the folder, with or without --out-dir, and writes nothing there', async () => {
    const { root, dir } = await course('![x](../../out/x.svg "kubegram: ../models/shop.yaml#overview")');
    for (const args of [['diagrams'], ['diagrams', '--out-dir', 'site']]) {
      const result = await kubegram(args, { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('intro/cluster.md:12: error: src: ../../out/x.svg leads outside the folder');
      expect(result.stderr).toContain('1 failed');
      expect(existsSync(join(root, 'out'))).toBe(false);
    }
  });

  it('reports a model with a YAML alias error by its file and still draws the other models', async () => {
    const { dir } = await course(
      '![a](diagrams/bad.svg "kubegram: ../models/bad.yaml#overview")\n\n![b](diagrams/good.svg "kubegram: ../models/shop.yaml#overview")',
      { 'shop.yaml': MODEL, 'bad.yaml': 'id: bad\nlabel: *typo\nnodes: []\n' },
    );
    const result = await kubegram(['diagrams'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^models\/bad\.yaml(:\d+:\d+)?: error: .*typo/m);
    expect(result.stderr).toContain('(the model of diagrams/bad.svg at intro/cluster.md:12)');
    expect(result.stderr).toContain('2 diagram files: 1 written, 0 unchanged, 1 failed');
    expect(result.stderr).not.toContain('unexpected error');
    expect(existsSync(join(dir, 'intro/diagrams/good.svg'))).toBe(true);
  });

  it('--check fails, naming the model, when a model tries to end the process', async () => {
    const { dir } = await course('![a](diagrams/a.svg "kubegram: ../models/exits.mjs#overview")', { 'exits.mjs': 'process.exit(0);\nexport default {};\n' });
    const result = await kubegram(['diagrams', '--check'], { cwd: dir });
    expect(result.code).toBe(1);
    // The model runs in a worker, so its process.exit ends only the worker and becomes its problem.
    expect(result.stderr).toContain('models/exits.mjs: error: the model called process.exit(0) before exporting a cluster');
    expect(result.stderr).toContain('1 diagram file checked: 0 up to date, 0 out of date, 1 failed');
  });

  it('--watch exits 1, naming the folder, when the watched folder is renamed', async () => {
    const { root, dir } = await course('![a](diagrams/a.svg "kubegram: ../models/shop.yaml#overview")');
    const child = spawn(process.execPath, [BIN, 'diagrams', '--watch', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('close', done));
    try {
      const end = Date.now() + 15_000;
      while (!stderr.includes('watching') && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      await rename(dir, join(root, 'moved'));
      expect(await exited).toBe(1);
      expect(stderr).toContain('course: the folder was deleted or renamed: stopped watching');
    } finally {
      child.kill('SIGINT');
    }
  });
});
