import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './schema-at.ts';
import { schemaHover } from './schema-hover.ts';

const schema = createRequire(import.meta.url)('@kubegram/model/schema.json') as JsonSchema;
const text = 'id: demo\nnodes:\n  - id: a\n    role: worker\n    pods:\n      - id: web\n        phase: Running\n';

describe('schemaHover', () => {
  it("describes a nested key with its path, type and the schema's description", () => {
    const pos = text.indexOf('role') + 2;
    const hover = schemaHover(schema, text, pos);
    expect(hover?.path).toBe('nodes[].role');
    expect(hover?.type).toContain('"worker"');
    expect(hover?.description).toMatch(/\w/);
    expect(text.slice(hover!.from, hover!.to)).toBe('role');
  });

  it('describes a key inside a list item of a list item', () => {
    const hover = schemaHover(schema, text, text.indexOf('phase'));
    expect(hover?.path).toBe('nodes[].pods[].phase');
  });

  it('says nothing over a value, or over a key the schema does not know', () => {
    expect(schemaHover(schema, text, text.indexOf('worker') + 1)).toBeUndefined();
    expect(schemaHover(schema, 'id: demo\nnope: 1\n', 10)).toBeUndefined();
  });
});
