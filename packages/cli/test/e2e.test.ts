import { spawn } from 'node:child_process';
import { mkdtemp, readFile, stat, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, kubegram } from './_run.js';

const fixtures = fileURLToPath(new URL('../../import/test/fixtures/', import.meta.url));
const courseModel = fileURLToPath(new URL('../../../content/models/course.ts', import.meta.url));

const MODEL = `id: shop
nodes:
  - { id: cp-1, role: control-plane }
  - id: worker-1
    role: worker
    pods:
      - id: web-1
        containers: [{ image: nginx:1.27 }]
actors:
  - { id: kubectl, kind: kubectl }
`;
const LESSON = `---
id: "1"
order: 1
title: 'A cluster'
excerpt: 'Its parts'
coverImage: ''
module: 'Architecture'
videoId: ''
duration: ''
---

# A cluster

![The cluster](diagrams/overview.svg "kubegram: ../models/shop.yaml#overview")

![A worker](diagrams/worker.svg "kubegram: ../models/shop.yaml#worker node=worker-1")
`;

async function course(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-e2e-'));
  await mkdir(join(dir, 'models'));
  await mkdir(join(dir, 'intro'));
  await writeFile(join(dir, 'models', 'shop.yaml'), MODEL);
  await writeFile(join(dir, 'intro', 'cluster.md'), LESSON);
  return dir;
}

describe('kubegram (global)', () => {
  it('prints help and the version, and exits 2 on an unknown command', async () => {
    expect((await kubegram(['--help'])).stdout).toContain('Commands:');
    const version = await kubegram(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: '0.0.0\n' });
    const unknown = await kubegram(['draw']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "draw"');
  });
});

describe('kubegram validate', () => {
  it('passes a valid model and a TypeScript model', async () => {
    const dir = await course();
    expect(await kubegram(['validate', 'models/shop.yaml'], { cwd: dir })).toMatchObject({ code: 0, stderr: 'models/shop.yaml: valid (2 nodes, 1 pod)\n' });
    expect((await kubegram(['validate', courseModel])).code).toBe(0);
  });

  it('lists every problem with file, line, column and path, and exits 1', async () => {
    const bad = MODEL.replace('role: worker', 'role: wrker').replace('image: nginx:1.27', 'image: ""');
    const result = await kubegram(['validate', '-'], { input: bad });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      '<stdin>:5:11: error: nodes[1].role: expected one of "control-plane", "worker", got the string "wrker"\n' +
        '<stdin>:8:31: error: nodes[1].pods[0].containers[0].image: expected a container image such as "nginx:1.27"\n',
    );
    expect(result.stderr).toBe('<stdin>: 2 errors\n');
    expect(result.stderr).not.toContain('    at ');
  });

  it('exits 2 for a file that does not exist, naming it', async () => {
    const result = await kubegram(['validate', 'nowhere.yaml'], { cwd: tmpdir() });
    expect(result).toMatchObject({ code: 2, stderr: 'kubegram validate: nowhere.yaml: no such file or directory\n' });
  });

  it('exits 2 for a missing argument and for an unknown preset', async () => {
    expect((await kubegram(['validate'])).code).toBe(2);
    const preset = await kubegram(['validate', '--preset', 'huge']);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toContain('--preset must be one of course, haCloud, local, got "huge"');
  });
});

describe('kubegram render', () => {
  it('writes SVG of a preset to standard output', async () => {
    const result = await kubegram(['render', '--preset', 'course', '--format', 'svg']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('<svg')).toBe(true);
    expect(result.stdout).toContain('data-view="overview"');
  });

  it('reads a model from standard input and writes Mermaid', async () => {
    const result = await kubegram(['render', '-', '--format', 'mermaid', '--view', 'worker', '--node', 'worker-1'], { input: MODEL });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('web-1');
    expect(result.stdout).toMatch(/flowchart|graph/);
  });

  it('takes the format from the -o extension, writes PNG and leaves an unchanged file alone', async () => {
    const dir = await course();
    const png = await kubegram(['render', 'models/shop.yaml', '-o', 'out.png', '--theme', 'dark'], { cwd: dir });
    expect(png).toMatchObject({ code: 0, stdout: '' });
    expect((await readFile(join(dir, 'out.png'))).subarray(1, 4).toString()).toBe('PNG');
    expect((await kubegram(['render', 'models/shop.yaml', '-o', 'out.mmd'], { cwd: dir })).code).toBe(0);
    const past = new Date('2020-01-01T00:00:00Z');
    await utimes(join(dir, 'out.mmd'), past, past);
    expect((await kubegram(['render', 'models/shop.yaml', '-o', 'out.mmd'], { cwd: dir })).code).toBe(0);
    expect((await stat(join(dir, 'out.mmd'))).mtime.toISOString()).toBe(past.toISOString());
  });

  it('draws text for a terminal, from --format text or a .txt output', async () => {
    const result = await kubegram(['render', '--preset', 'course', '--format', 'text', '--view', 'worker']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Kubernetes cluster: The worker node\n\n┏━+┓\n/);
    expect(result.stdout).toContain('║ Worker node 1');
    const dir = await course();
    expect((await kubegram(['render', 'models/shop.yaml', '-o', 'out.txt', '--view', 'request-flow'], { cwd: dir })).code).toBe(0);
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toMatch(/\n 1\. .+ → .+: apply Deployment/);
  });

  it('exits 2 for a bad option value and an unknown highlight, 1 for an invalid model', async () => {
    const view = await kubegram(['render', '--preset', 'course', '--view', 'top']);
    expect(view.code).toBe(2);
    expect(view.stderr).toContain('--view must be one of overview, control-plane, worker, request-flow, reconcile, networking, workloads, got "top"');
    const highlight = await kubegram(['render', '--preset', 'course', '--highlight', 'nope']);
    expect(highlight.code).toBe(2);
    expect(highlight.stderr).toContain('has no element "nope"');
    const invalid = await kubegram(['render', '-'], { input: 'id: x\nnodes: []\n' });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('<stdin> is not a valid model');
    expect(invalid.stderr).toContain('nodes: expected at least one node with role "control-plane"');
  });
});

describe('kubegram import', () => {
  it('turns kubectl JSON into a model that render draws, through pipes', async () => {
    const json = await readFile(join(fixtures, 'kubeadm-ha.json'));
    const imported = await kubegram(['import', '-', '--id', 'prod'], { input: json });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('id: prod\n');
    expect(imported.stderr).toContain('imported 5 nodes and 5 pods');
    const svg = await kubegram(['render', '-', '--view', 'control-plane', '--node', 'cp-2'], { input: imported.stdout });
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('cp-2');
    expect((await kubegram(['validate', '-'], { input: imported.stdout })).code).toBe(0);
  });

  it('writes -o atomically and names the cluster after the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-import-'));
    const result = await kubegram(['import', join(fixtures, 'kind.json'), '-o', 'kind.yaml', '-q'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(join(dir, 'kind.yaml'), 'utf8')).toContain('id: kind\n');
  });

  it('writes JSON for -o <file>.json, which renders to the very picture the YAML model does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-import-'));
    const input = join(fixtures, 'kubeadm-ha.json');
    expect((await kubegram(['import', input, '-o', 'cluster.yaml', '-q'], { cwd: dir })).code).toBe(0);
    expect((await kubegram(['import', input, '-o', 'cluster.json', '-q'], { cwd: dir })).code).toBe(0);
    const json = await readFile(join(dir, 'cluster.json'), 'utf8');
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    expect(json).toMatch(/^\{\n {2}"id": "kubeadm-ha",\n/);
    const fromYaml = await kubegram(['render', 'cluster.yaml', '--group-nodes'], { cwd: dir });
    const fromJson = await kubegram(['render', 'cluster.json', '--group-nodes'], { cwd: dir });
    expect(fromYaml.code).toBe(0);
    expect(fromJson.stdout).toBe(fromYaml.stdout);
    expect(fromJson.stdout).toContain('<svg');
  });

  it('reads a support bundle folder and output with the command pasted above it', async () => {
    const bundle = await kubegram(['import', join(fixtures, 'real/k3s-support-bundle'), '--id', 'k3s']);
    expect(bundle.code).toBe(0);
    expect(bundle.stdout).toContain('id: k3s\n');
    expect(bundle.stderr).toContain('note: node "k3d-mycluster-server-0": k3s runs the control plane inside its server process');
    expect(bundle.stderr).toContain('imported 1 node and 8 pods');
    const json = await readFile(join(fixtures, 'kind.json'), 'utf8');
    const pasted = await kubegram(['import', '-'], { input: `$ kubectl get nodes,pods -A -o json\n${json}` });
    expect(pasted.code).toBe(0);
    expect(pasted.stderr).toContain('note: <stdin>: skipped line 1, a pasted command ("$ kubectl get nodes,pods -A -o json"), not kubectl output');
    const table = await kubegram(['import', '-'], { input: 'NAME     STATUS   ROLES           AGE   VERSION\ncp-1     Ready    control-plane   9d    v1.31.2\n' });
    expect(table.code).toBe(2);
    expect(table.stderr).toContain("<stdin>:1:1: error: this is kubectl's table output");
  });

  it('exits 2 naming the file and the path for input that is not kubectl output', async () => {
    const broken = await kubegram(['import', '-'], { input: '{"kind": "List", "items": [' });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^kubegram import: <stdin>:1: error: invalid JSON: the input ends inside the value that starts at line 1/);
    const wrong = await kubegram(['import', '-'], { input: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: {} }] }) });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('items[0].spec.containers');
    const none = await kubegram(['import', join(fixtures, 'missing.json')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no such file or directory');
  });
});

describe('kubegram diagrams', () => {
  it('writes every referenced diagram, and --check fails on a stale one until diagrams runs again', async () => {
    const dir = await course();
    const missing = await kubegram(['diagrams', '--check'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing: intro/diagrams/overview.svg (intro/cluster.md:14)');
    expect(missing.stderr).toContain('missing: intro/diagrams/worker.svg (intro/cluster.md:16)');

    const first = await kubegram(['diagrams', '--mermaid'], { cwd: dir });
    expect(first).toMatchObject({ code: 0, stderr: '4 diagram files: 4 written, 0 unchanged\n' });
    expect(await readFile(join(dir, 'intro', 'diagrams', 'overview.svg'), 'utf8')).toMatch(/^<svg/);
    expect(await readFile(join(dir, 'intro', 'diagrams', 'worker.mmd'), 'utf8')).toContain('web-1');
    expect((await kubegram(['diagrams', '--check', '--mermaid'], { cwd: dir })).code).toBe(0);

    await writeFile(join(dir, 'models', 'shop.yaml'), MODEL.replace('id: web-1', 'id: web-2'));
    const stale = await kubegram(['diagrams', '.', '--check'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('stale:   intro/diagrams/overview.svg');
    expect(stale.stderr).toContain('run "kubegram diagrams" and commit the result');

    const second = await kubegram(['diagrams'], { cwd: dir });
    expect(second.stderr).toBe('2 diagram files: 2 written, 0 unchanged\n');
    expect((await kubegram(['diagrams', '--check'], { cwd: dir })).code).toBe(0);
  });

  it('reports a bad model with the lesson that uses it, and a missing folder with exit 2', async () => {
    const dir = await course();
    await writeFile(join(dir, 'models', 'shop.yaml'), 'id: shop\nnodes: [{ id: cp-1, role: boss }]\n');
    const result = await kubegram(['diagrams'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('models/shop.yaml:2:');
    expect(result.stderr).toContain('(the model of diagrams/overview.svg at intro/cluster.md:14)');
    expect((await kubegram(['diagrams', 'nowhere'], { cwd: dir })).code).toBe(2);
  });

  it('--watch regenerates a diagram when its model changes', async () => {
    const dir = await course();
    const child = spawn(process.execPath, [BIN, 'diagrams', '--watch'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.on('close', done));
    try {
      await until(() => stderr.includes('watching'));
      const svg = join(dir, 'intro', 'diagrams', 'overview.svg');
      expect(await readFile(svg, 'utf8')).not.toContain('web-9');
      await writeFile(join(dir, 'models', 'shop.yaml'), MODEL.replace('id: web-1', 'id: web-9'));
      await until(async () => (await readFile(svg, 'utf8')).includes('web-9'));
      expect(stderr).toContain('wrote intro/diagrams/overview.svg');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});

async function until(check: () => boolean | Promise<boolean>, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('kubegram on YAML that cannot be loaded', () => {
  const typo = `${MODEL}label: *typo\n`;
  const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', ...'bcde'.split('').map((x, i) => `${x}: &${x} [${Array(9).fill(`*${'abcd'[i]}`).join(',')}]`)].join('\n');

  it('validate and render report an unknown alias, an alias bomb and bytes that are not UTF-8 at their place', async () => {
    const unknown = await kubegram(['validate', '-'], { input: typo });
    expect(unknown).toMatchObject({ code: 1, stderr: '<stdin>: 1 error\n' });
    expect(unknown.stdout).toMatch(/^<stdin>:11:8: error: unknown alias "\*typo": no anchor "&typo" comes before it; expected /);
    const laughs = await kubegram(['render', '-'], { input: bomb });
    expect(laughs.code).toBe(1);
    expect(`${laughs.stdout}${laughs.stderr}`).toMatch(/<stdin>:5:8: error: aliases repeat anchored nodes more than 1000 times over/);
    const latin1 = await kubegram(['validate', '-'], { input: Buffer.concat([Buffer.from(`${MODEL}label: caf`), Buffer.from([0xe9, 0x0a])]) });
    expect(latin1.code).toBe(1);
    expect(latin1.stdout).toMatch(/^<stdin>:11:11: error: the model file is not UTF-8 text: byte 0xE9 at byte offset \d+ /);
  });

  it('import and diagrams report an unknown alias at its place', async () => {
    const imported = await kubegram(['import', '-'], { input: 'apiVersion: v1\nkind: Pod\nmetadata: { name: *typo }\n' });
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/^kubegram import: <stdin>:3:19: error: unknown alias "\*typo"/);
    const dir = await course();
    await writeFile(join(dir, 'models', 'shop.yaml'), typo);
    const diagrams = await kubegram(['diagrams'], { cwd: dir });
    expect(diagrams.code).toBe(1);
    expect(diagrams.stderr).toContain('models/shop.yaml:11:8: error: unknown alias "*typo"');
    expect(diagrams.stderr).not.toContain('unexpected error');
  });
});
