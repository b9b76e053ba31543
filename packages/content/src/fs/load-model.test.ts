import { watch } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presets } from '@kubegram/model';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findDiagramRefs } from '../find-diagram-refs.js';
import { loadModel } from './load-model.js';
import type { LoadModelResult } from './types.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/models/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);

function errorsOf(r: LoadModelResult) {
  if (r.ok) throw new Error(`expected ${r.file} to be rejected`);
  return r.errors;
}

describe('loadModel', () => {
  test('compiles a TypeScript model that imports @kubegram/model and a local file, and lists both files', async () => {
    const r = await loadModel(fixture('defined.ts'), { cache: false });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.file).toBe(fixture('defined.ts'));
    expect(r.cluster.id).toBe('defined');
    expect(r.cluster.nodes.map((n) => n.id)).toEqual(['cp-1', 'worker-1', 'worker-2']);
    expect(r.dependencies.sort()).toEqual([fixture('_workers.ts'), fixture('defined.ts')]);
    expect((await readdir(FIXTURES)).filter((f) => f.endsWith('.mjs') && f.startsWith('.'))).toEqual([]);
  });

  test('takes a JavaScript module export named cluster, and a plain spec is given the defaults', async () => {
    const r = await loadModel(fixture('named.mjs'), { cache: false });
    expect(r.ok && r.cluster.nodes[0]?.components.map((c) => c.kind)).toEqual(['apiserver', 'scheduler', 'controller-manager', 'etcd']);
  });

  test('takes a CommonJS module whose exports hold the cluster', async () => {
    const r = await loadModel(fixture('common.cjs'), { cache: false });
    expect(r.ok ? r.cluster.id : r.errors).toBe('common');
  });

  test('resolves a relative path in a model object from the working directory', async () => {
    const r = await loadModel({ kind: 'file', path: 'test/fixtures/models/local.json' });
    expect(r.file).toBe(fixture('local.json'));
  });

  test('reads YAML and JSON models through the model loader', async () => {
    const yaml = await loadModel(fixture('local.yaml'));
    const json = await loadModel(fixture('local.json'));
    expect(yaml.ok && yaml.cluster.id).toBe('local');
    expect(json.ok && json.cluster.id).toBe('local-json');
    expect(yaml.dependencies).toEqual([fixture('local.yaml')]);
  });

  test('YAML problems name the file, the model path and the line', async () => {
    const [e] = errorsOf(await loadModel(fixture('wrong-role.yaml')));
    expect(e).toMatchObject({ file: fixture('wrong-role.yaml'), path: 'nodes[0].role', line: 4 });
    expect(e?.message).toMatch(/expected one of "control-plane", "worker"/);
  });

  test('a cluster that breaks a rule in defineCluster comes back with every problem and its path', async () => {
    const errors = errorsOf(await loadModel(fixture('duplicate-ids.ts'), { cache: false }));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file === fixture('duplicate-ids.ts'))).toBe(true);
    expect(errors.map((e) => e.path)).toContain('nodes[1].id');
  });

  test('an exported spec that does not fit the format names the model path', async () => {
    const [e] = errorsOf(await loadModel(fixture('wrong-role.ts'), { cache: false }));
    expect(e).toMatchObject({ file: fixture('wrong-role.ts'), path: 'nodes[0].role' });
  });

  test('a syntax error names the file, line and column', async () => {
    const r = await loadModel(fixture('syntax-error.ts'), { cache: false });
    const [e] = errorsOf(r);
    expect(e).toMatchObject({ file: fixture('syntax-error.ts'), line: 4, code: 'compile' });
    expect(e?.message).toMatch(/^could not compile the model: /);
    expect(r.dependencies).toEqual([fixture('syntax-error.ts')]);
  });

  test('a module without a cluster export, or that throws, says so', async () => {
    expect(errorsOf(await loadModel(fixture('no-export.ts'), { cache: false }))[0]?.message).toBe(
      'expected the module to export its cluster as the default export or as "cluster" (such as "export const cluster = defineCluster({ … })"), found only "notACluster"',
    );
    expect(errorsOf(await loadModel(fixture('throws.ts'), { cache: false }))[0]?.message).toBe('the model module threw while loading: no cluster today');
  });

  test('a missing file and an unknown format are errors, not exceptions', async () => {
    expect(errorsOf(await loadModel(fixture('nowhere.ts')))[0]).toMatchObject({ file: fixture('nowhere.ts'), code: 'unreadable' });
    expect(errorsOf(await loadModel(fixture('nowhere.yaml')))[0]).toMatchObject({ file: fixture('nowhere.yaml'), code: 'unreadable' });
    expect(errorsOf(await loadModel(fixture('model.toml')))[0]?.message).toMatch(/^expected a TypeScript or JavaScript module .* got "\.toml"$/);
  });

  test('presets load by name, from a reference or a string', async () => {
    const { refs } = findDiagramRefs('![a](a.svg "kubegram: preset:haCloud#overview")', '/x/lesson.md');
    const fromRef = await loadModel(refs[0]!);
    expect(fromRef).toEqual({ ok: true, file: 'preset:haCloud', cluster: presets.haCloud, warnings: [], dependencies: [] });
    expect((await loadModel('preset:local')).ok).toBe(true);
    expect(errorsOf(await loadModel('preset:gke'))[0]?.message).toBe('unknown preset "gke": expected one of preset:course, preset:haCloud, preset:local');
  });

  test('resolves a relative path from the working directory', async () => {
    const r = await loadModel(join('test/fixtures/models', 'local.yaml'));
    expect(r.file).toBe(resolve('test/fixtures/models/local.yaml'));
  });
});

describe('loadModel cache', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kubegram-content-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const nodes = (workers: number) =>
    `export const nodes = [{ id: 'cp-1', role: 'control-plane' }, ${Array.from({ length: workers }, (_, i) => `{ id: 'w-${i + 1}', role: 'worker' }`).join(', ')}];\n`;

  test('returns the same result while no file changed, and reloads when an imported file changes', async () => {
    const model = join(dir, 'model.ts');
    const part = join(dir, 'nodes.ts');
    await writeFile(model, `import { nodes } from './nodes.js';\nexport default { id: 'cached', nodes };\n`);
    await writeFile(part, nodes(1));

    const first = await loadModel(model);
    expect(first.ok && first.cluster.nodes).toHaveLength(2);
    expect(first.dependencies.sort()).toEqual([model, part]);
    expect(await loadModel(model)).toBe(first);
    expect(await loadModel(model, { cache: false })).not.toBe(first);

    await writeFile(part, nodes(3));
    const second = await loadModel(model);
    expect(second).not.toBe(first);
    expect(second.ok && second.cluster.nodes).toHaveLength(4);
    expect((await readdir(dir)).sort()).toEqual(['model.ts', 'nodes.ts']);
  });

  test('a model that failed is loaded again once its file is fixed', async () => {
    const model = join(dir, 'fixed.ts');
    await writeFile(model, 'export default { id: 1 };\n');
    expect((await loadModel(model)).ok).toBe(false);
    await writeFile(model, "export default { id: 'fixed-now', nodes: [{ id: 'cp-1', role: 'control-plane' }] };\n");
    const r = await loadModel(model);
    expect(r.ok ? r.cluster.id : r.errors).toBe('fixed-now');
  });
});

describe('loadModel of a module model', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kubegram-module-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const SPEC = "{ id: 'm', nodes: [{ id: 'cp-1', role: 'control-plane' }] }";

  test('writes nothing beside the model, not even for a moment', async () => {
    const folder = await mkdtemp(join(dir, 'quiet-'));
    const model = join(folder, 'model.ts');
    await writeFile(model, `export default ${SPEC};\n`);
    const seen: string[] = [];
    const watcher = watch(folder, (_event, name) => seen.push(String(name)));
    try {
      const r = await loadModel(model, { cache: false });
      expect(r.ok ? r.cluster.id : r.errors).toBe('m');
      await new Promise((done) => setTimeout(done, 100));
    } finally {
      watcher.close();
    }
    expect(seen).toEqual([]);
  });

  test('stops a model that never finishes loading, and says what was expected', async () => {
    const model = join(dir, 'forever.ts');
    await writeFile(model, `while (true) {}\nexport default ${SPEC};\n`);
    const started = Date.now();
    const r = await loadModel(model, { cache: false, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(errorsOf(r)[0]).toMatchObject({
      file: model,
      code: 'timeout',
      message: 'the model did not finish loading within 0.3 s; expected a module that exports a cluster, such as "export default defineCluster({ … })"',
    });
  });

  test('a model that calls process.exit is an error, and the caller goes on', async () => {
    const model = join(dir, 'exits.ts');
    await writeFile(model, `process.exit(0);\nexport default ${SPEC};\n`);
    expect(errorsOf(await loadModel(model, { cache: false }))[0]?.message).toBe(
      'the model called process.exit(0) before exporting a cluster; expected a module that exports a cluster, such as "export default defineCluster({ … })"',
    );
  });

  test('a folder named like a model, or a missing one, is unreadable rather than a compile error', async () => {
    const folder = join(dir, 'folder.ts');
    await mkdir(folder, { recursive: true });
    expect(errorsOf(await loadModel(folder))[0]).toMatchObject({ file: folder, code: 'unreadable', message: 'could not read the model file: is a directory, expected a file' });
    const yaml = join(dir, 'folder.yaml');
    await mkdir(yaml, { recursive: true });
    expect(errorsOf(await loadModel(yaml))[0]).toMatchObject({ file: yaml, code: 'unreadable', message: 'could not read the model file: is a directory, expected a file' });
  });

  test('resolves packages from the model folder with Node conditions, and import.meta.url is the model file', async () => {
    const folder = await mkdtemp(join(dir, 'pkg-'));
    const pkg = join(folder, 'node_modules', 'shapes');
    await mkdir(pkg, { recursive: true });
    await writeFile(join(pkg, 'package.json'), JSON.stringify({ name: 'shapes', type: 'module', exports: { module: './bundler.js', import: './node.js', default: './node.js' } }));
    await writeFile(join(pkg, 'node.js'), "export const role = 'control-plane';\n");
    await writeFile(join(pkg, 'bundler.js'), "export const role = 'bundler-only';\n");
    await writeFile(join(folder, 'nodes.json'), JSON.stringify([{ id: 'cp-1' }]));
    const model = join(folder, 'model.ts');
    await writeFile(
      model,
      [
        "import { readFileSync } from 'node:fs';",
        "import { role } from 'shapes';",
        "const nodes = JSON.parse(readFileSync(new URL('./nodes.json', import.meta.url), 'utf8'));",
        "export default { id: 'pkg', nodes: nodes.map((n: { id: string }) => ({ ...n, role })) };",
        '',
      ].join('\n'),
    );
    const r = await loadModel(model, { cache: false });
    expect(r.ok ? r.cluster.nodes.map((n) => [n.id, n.role]) : r.errors).toEqual([['cp-1', 'control-plane']]);
    expect(r.dependencies).toEqual([model]);
  });

  test('a cluster export that is not plain data says so', async () => {
    const model = join(dir, 'function.ts');
    await writeFile(model, "export default { id: 'f', nodes: [], describe() { return 'f'; } };\n");
    const [e] = errorsOf(await loadModel(model, { cache: false }));
    expect(e).toMatchObject({ file: model, path: 'describe', code: 'not-plain-data', message: 'expected plain data (objects, arrays, strings, numbers, booleans), got a function' });
  });
});
