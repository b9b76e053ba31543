import { describe, expect, it } from 'vitest';
import { readJson } from './_read-json.js';
import { MAX_DEPTH } from './yaml-to-value.js';

describe('readJson', () => {
  it('reads JSON whose strings hold colons, brackets, quotes and backslashes', () => {
    const text = '{"a:\\"{": "b: [\\\\", "c": [{"d": "\\\\\\""}, 1, null], "__proto__": {"e": true}}';
    const read = readJson(text);
    expect(read?.value).toEqual(JSON.parse(text));
    expect(Object.keys(read?.value as object)).toEqual(['a:"{', 'c', '__proto__']);
  });

  it('gives nothing for a key written twice, even escaped differently, so the caller can locate it', () => {
    expect(readJson('{"id": "a", "nodes": [{"id": "x", "id": "y"}]}')).toBeUndefined();
    expect(readJson('{"id": "a", "\\u0069d": "b"}')).toBeUndefined();
  });

  it(`gives nothing for text that is not JSON or nests deeper than ${MAX_DEPTH}`, () => {
    expect(readJson('{"id": demo}')).toBeUndefined();
    expect(readJson('id: demo')).toBeUndefined();
    expect(readJson(`{"a": ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`)).toBeUndefined();
    expect(readJson(`{"a": ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}}`)).toBeDefined();
  });
});
