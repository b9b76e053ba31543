import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, yamlToValue } from './yaml-to-value.js';

const build = (text: string) => {
  const lines = new LineCounter();
  return yamlToValue(parseDocument(text, { lineCounter: lines }), lines);
};
const where = (text: string) => {
  const r = build(text);
  return r.ok ? [] : r.problems.map((p) => `${p.line}:${p.column} ${p.code}`);
};

// Nine copies of the anchor above, five levels deep: 9^5 = 59049 strings from 50 lines of text.
const billionLaughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcde'.split('').map((x, i) => `${x}: &${x} [${Array(9).fill(`*${'abcde'[i]}`).join(',')}]`)].join('\n');

describe('yamlToValue', () => {
  it('builds the value of a document, aliases resolved', () => {
    expect(build('base: &b { role: worker }\nnodes: [*b, *b]\n')).toEqual({ ok: true, value: { base: { role: 'worker' }, nodes: [{ role: 'worker' }, { role: 'worker' }] } });
  });

  it('reports an alias with no anchor before it at its place, suggesting quotes', () => {
    const r = build('id: x\nlabel: *typo\n');
    expect(r).toMatchObject({ ok: false, problems: [{ line: 2, column: 8, code: 'yaml/unknown-alias', path: '', severity: 'error' }] });
    expect(!r.ok && r.problems[0]!.message).toBe(
      'unknown alias "*typo": no anchor "&typo" comes before it; expected an alias to a node anchored above it, such as "base: &typo { team: web }" and later "labels: *typo", or quotes if "*typo" is text: "*typo"',
    );
    expect(where('a: *later\nb: &later 1\n')).toEqual(['1:4 yaml/unknown-alias']);
  });

  it('reports an alias inside the node its anchor names', () => {
    expect(where('a: &loop [1, *loop]\n')).toEqual(['1:14 yaml/alias-cycle']);
    expect(where('? &k [*k]\n: 1\n')).toEqual(['1:7 yaml/alias-cycle']);
  });

  it(`reports nesting deeper than ${MAX_DEPTH} levels where it passes the limit`, () => {
    expect(where(`${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}`)).toEqual([]);
    expect(where(`x:\n  ${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}`)).toEqual([`2:${MAX_DEPTH + 2} yaml/too-deep`]);
  });

  it('reports a "billion laughs" at the alias that expands the most instead of building it', () => {
    const r = build(billionLaughs);
    expect(r).toMatchObject({ ok: false, problems: [{ line: 5, column: 8, code: 'yaml/too-many-aliases' }] });
    expect(!r.ok && r.problems[0]!.message).toMatch(/^aliases repeat anchored nodes more than 1000 times over, as in a "billion laughs" attack; the largest is "\*d" here/);
  });

  it('keeps sizes finite however far the aliases multiply', () => {
    const levels = 'abcdefghijklmnopqrstuvwxyz'.split('');
    const text = [`a: &a [1,1,1,1,1,1,1,1,1,1]`, ...levels.slice(1).map((x, i) => `${x}: &${x} [${Array(10).fill(`*${levels[i]}`).join(',')}]`)].join('\n');
    // 10^16 passes the largest safe integer on line 17: from there on every alias ties with it.
    expect(where(text)).toEqual(['17:8 yaml/too-many-aliases']);
  });
});
