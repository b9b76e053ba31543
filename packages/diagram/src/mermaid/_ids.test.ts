import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mermaidIds } from './_ids.js';

describe('mermaidIds', () => {
  test('mermaidIds turns dots and dashes into underscores', () => {
    expect([...mermaidIds(['worker-1', 'web-1.nginx', 'kubectl']).values()]).toEqual(['worker_1', 'web_1_nginx', 'kubectl']);
  });

  test('mermaidIds prefixes keywords, in any case, and ids that do not start with a letter', () => {
    expect([...mermaidIds(['end', 'Style', 'subgraph', 'box', 'loop', '1-node', '_x', 'endpoints']).values()]).toEqual([
      'id_end',
      'id_Style',
      'id_subgraph',
      'id_box',
      'id_loop',
      'id_1_node',
      'id__x',
      'endpoints',
    ]);
  });

  test('mermaidIds keeps ids that clean up to the same text apart, first come first served', () => {
    const ids = mermaidIds(['a.b', 'a-b', 'a_b', 'a_b_2', 'end', 'id_end']);
    expect(Object.fromEntries(ids)).toEqual({ 'a.b': 'a_b', 'a-b': 'a_b_2', a_b: 'a_b_3', a_b_2: 'a_b_2_2', end: 'id_end', id_end: 'id_end_2' });
  });

  test('mermaidIds gives a repeated id the same answer', () => {
    expect(Object.fromEntries(mermaidIds(['a', 'a', 'b']))).toEqual({ a: 'a', b: 'b' });
  });

  test('mermaidIds is one-to-one, stable and only ever writes plain ids', () => {
    const id = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,6}$/), fc.constantFrom('end', 'a.b', 'a-b', 'a_b', 'a_b_2', 'id_end'), fc.string());
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 20 }), (ids) => {
        const out = mermaidIds(ids);
        const values = [...out.values()];
        expect(new Set(values).size).toBe(ids.length);
        for (const v of values) expect(v).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
        expect(mermaidIds(ids)).toEqual(out);
      }),
    );
  });
});
