import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClusterFile } from './load-cluster-file.js';
import { parseClusterText } from './parse-cluster-text.js';

const where = (r: ReturnType<typeof parseClusterText>) =>
  (r.ok ? r.warnings : r.errors).map((e) => `${e.file}:${e.line ?? '?'}:${e.column ?? '?'} ${e.path}: ${e.message}`);

describe('parseClusterText', () => {
  it('reads a YAML model', () => {
    const r = parseClusterText('id: demo\nnodes:\n  - { id: cp, role: control-plane }\n', 'demo.yaml');
    expect(r.ok && r.cluster.nodes[0]!.components).toHaveLength(4);
  });

  it('reports YAML syntax errors with line and column', () => {
    const r = parseClusterText('id: demo\nnodes:\n  - id: cp\n    role: [control-plane\n', 'broken.yaml');
    expect(r.ok).toBe(false);
    expect(where(r)[0]).toMatch(/^broken\.yaml:5:1 : invalid YAML: /);
  });

  it('reports JSON syntax errors as JSON', () => {
    const r = parseClusterText('{"id": "x", "nodes": [}', 'model.json');
    expect(where(r)[0]).toMatch(/^model\.json:1:\d+ : invalid JSON: /);
  });

  it('points schema and rule errors at the line of the offending value', () => {
    const text = ['id: demo', 'nodes:', '  - id: cp', '    role: control-plane', '  - id: w1', '    role: wroker', 'relations:', '  - { from: cp, to: ghost, kind: custom }', ''].join('\n');
    expect(where(parseClusterText(text, 'm.yaml'))).toEqual(['m.yaml:6:11 nodes[1].role: expected one of "control-plane", "worker", got the string "wroker"']);
    const fixed = text.replace('wroker', 'worker');
    expect(where(parseClusterText(fixed, 'm.yaml'))).toEqual([
      'm.yaml:8:21 relations[0].to: expected the id of an element of the cluster, but nothing has the id "ghost"',
    ]);
  });

  it('rejects duplicate keys instead of silently keeping the last', () => {
    const r = parseClusterText('id: a\nid: b\nnodes: []\n', 'dup.yaml');
    expect(where(r)[0]).toMatch(/^dup\.yaml:2:1 : invalid YAML: Map keys must be unique/);
  });
});

describe('loadClusterFile', () => {
  it('loads a file and names it in every problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegram-model-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'id: x\nnodes:\n  - { id: w, role: worker }\n');
    const r = await loadClusterFile(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ file, line: 3, column: 3, path: 'nodes' });
  });

  it('reads the file as bytes, so text that is not UTF-8 is reported where it is', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kubegram-model-')), 'latin1.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('id: x\nlabel: caf'), Buffer.from([0xe9]), Buffer.from('\nnodes: []\n')]));
    const r = await loadClusterFile(file);
    expect(r.ok ? [] : r.errors).toMatchObject([{ file, line: 2, column: 11, byteOffset: 16, code: 'not-utf8' }]);
  });

  it('reports a missing file as a problem, not an exception', async () => {
    const r = await loadClusterFile('/nonexistent/model.yaml');
    expect(r).toMatchObject({ ok: false, errors: [{ file: '/nonexistent/model.yaml', message: 'could not read the model file: no such file' }] });
  });
});
