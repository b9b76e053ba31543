import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './schema-at.ts';
import { schemaCompletions } from './schema-completions.ts';

const schema = createRequire(import.meta.url)('@kubegram/model/schema.json') as JsonSchema;

// The text up to the "|" marks the cursor.
const at = (marked: string) => {
  const pos = marked.indexOf('|');
  return schemaCompletions(schema, marked.replace('|', ''), pos);
};
const labels = (marked: string) => at(marked)?.options.map((o) => o.label) ?? [];

describe('schemaCompletions', () => {
  it('offers the top-level keys not written yet at the root', () => {
    const got = labels('id: demo\n|');
    expect(got).toContain('nodes');
    expect(got).toContain('label');
    expect(got).not.toContain('id');
  });

  it("offers a node's keys inside a list item, whatever the list's indentation", () => {
    expect(labels('id: demo\nnodes:\n  - id: a\n    |')).toContain('role');
    expect(labels('id: demo\nnodes:\n- id: a\n  |')).toContain('pods');
    expect(labels('id: demo\nnodes:\n  - |')).toContain('id');
  });

  it('offers the keys of every component shape, told apart by kind', () => {
    const got = labels('id: demo\nnodes:\n  - id: a\n    components:\n      - kind: kubelet\n        |');
    expect(got).toContain('id');
    expect(got.length).toBeGreaterThan(2);
  });

  it('offers the fixed values of an enum, replacing the word typed so far', () => {
    const result = at('id: demo\nnodes:\n  - id: a\n    role: wo|');
    expect(result?.options.map((o) => o.label).sort()).toEqual(['control-plane', 'worker']);
    expect(result?.from).toBe('id: demo\nnodes:\n  - id: a\n    role: '.length);
  });

  it("offers every component kind for a component's kind", () => {
    const got = labels('id: demo\nnodes:\n  - id: a\n    components:\n      - kind: |');
    expect(got).toContain('kubelet');
    expect(got).toContain('kube-proxy');
  });

  it('gives a description and a type with each key', () => {
    const node = at('id: demo\nnodes:\n  - id: a\n    |')?.options.find((o) => o.label === 'role');
    expect(node?.detail).toContain('worker');
    expect(node?.info).toBeTruthy();
  });

  it('offers nothing where the schema has nothing, or in a flow collection', () => {
    expect(at('id: demo\nnodes: [ |')).toBeUndefined();
    expect(at('id: demo\nnotakey:\n  |')).toBeUndefined();
  });
});
