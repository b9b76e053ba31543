import { describe, expect, it } from 'vitest';
import { parseClusterText } from './parse-cluster-text.js';

const MODEL = 'id: demo\nnodes:\n  - { id: cp, role: control-plane }\n';
const errorsOf = (r: ReturnType<typeof parseClusterText>) => (r.ok ? [] : r.errors);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseClusterText', () => {
  it('reads a model given as UTF-8 bytes, with or without a byte order mark', () => {
    expect(parseClusterText(utf8(MODEL), 'm.yaml').ok).toBe(true);
    expect(parseClusterText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(MODEL)]), 'm.yaml').ok).toBe(true);
    expect(parseClusterText(`\uFEFF${MODEL}`, 'm.yaml').ok).toBe(true);
  });

  it('reports bytes that are not UTF-8 by byte offset, line and column instead of reading U+FFFD', () => {
    const latin1 = Uint8Array.from([...utf8(MODEL), ...utf8('label: Caf'), 0xe9, 0x0a]);
    expect(errorsOf(parseClusterText(latin1, 'models/demo.yaml'))).toEqual([
      {
        file: 'models/demo.yaml',
        path: '',
        line: 4,
        column: 11,
        byteOffset: MODEL.length + 10,
        code: 'not-utf8',
        severity: 'error',
        message: `the model file is not UTF-8 text: byte 0xE9 at byte offset ${MODEL.length + 10} does not begin a complete UTF-8 character; expected UTF-8, as most editors save by default: save it again as UTF-8, or convert it, for example with "iconv -f WINDOWS-1252 -t UTF-8 demo.yaml > demo.utf8.yaml"`,
      },
    ]);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...MODEL].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(errorsOf(parseClusterText(utf16, 'm.yaml'))[0]?.message).toMatch(/^the model file is not UTF-8 text: the file is UTF-16 \(it begins with a UTF-16 byte order mark\); expected UTF-8/);
  });

  it('says how many documents it found and where the second begins', () => {
    const text = `${MODEL}---\n${MODEL}`;
    expect(errorsOf(parseClusterText(text, 'two.yaml'))).toEqual([
      {
        file: 'two.yaml',
        path: '',
        line: 4,
        column: 1,
        code: 'yaml/multiple-documents',
        severity: 'error',
        message:
          'found 2 YAML documents (a line "---" at 4:1); expected one cluster model per file: move each other cluster to a file of its own, or delete the "---" line if it only separates parts of one model',
      },
    ]);
    expect(errorsOf(parseClusterText(`${MODEL}---\n${MODEL}---\n${MODEL}`, 'three.yaml'))[0]?.message).toMatch(/^found 3 YAML documents \(a line "---" at 4:1\)/);
  });

  it('reports an unknown alias, an alias bomb and deep nesting at their place, naming the file', () => {
    const typo = errorsOf(parseClusterText(`${MODEL}label: *typo\n`, 'm.yaml'));
    expect(typo).toMatchObject([{ file: 'm.yaml', line: 4, column: 8, code: 'yaml/unknown-alias' }]);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    expect(errorsOf(parseClusterText(bomb, 'm.yaml'))).toMatchObject([{ file: 'm.yaml', line: 5, column: 8, code: 'yaml/too-many-aliases' }]);
    expect(errorsOf(parseClusterText(`labels: ${'['.repeat(100)}${']'.repeat(100)}`, 'm.yaml'))).toMatchObject([{ file: 'm.yaml', line: 1, column: 72, code: 'yaml/too-deep' }]);
  });

  it('words a nesting too deep for the YAML reader itself as a nesting problem', () => {
    const errors = errorsOf(parseClusterText('['.repeat(20_000), 'deep.json'));
    expect(errors[0]).toMatchObject({ file: 'deep.json', line: 1, code: 'yaml/RESOURCE_EXHAUSTION' });
    expect(errors[0]?.message).toBe('invalid JSON: nesting too deep to read; expected a cluster model, which nests about ten levels and at most 64');
    // The reader's echoes of the first error are summed up, not listed one by one.
    expect(errors.length).toBeLessThanOrEqual(21);
    expect(errors.at(-1)?.message).toMatch(/^invalid JSON: \d+ more syntax errors after this one, left out$/);
  });

  it('reads a JSON model as it reads the same model in YAML', () => {
    const json = JSON.stringify({ id: 'demo', nodes: [{ id: 'cp', role: 'control-plane' }, { id: 'w', role: 'worker', pods: [{ id: 'p', labels: { 'a:b': '{"x"}' }, containers: [{ id: 'c', image: 'nginx:1.27' }] }] }] }, null, 2);
    const read = parseClusterText(json, 'm.json');
    expect(read.ok).toBe(true);
    expect(read).toEqual({ ...parseClusterText(json, 'm.yaml'), file: 'm.json' });
  });

  it('reports a key written twice in a JSON model at its line and column, as in YAML', () => {
    const json = '{\n  "id": "demo",\n  "nodes": [\n    { "id": "cp", "role": "control-plane", "id": "cp2" }\n  ]\n}\n';
    expect(errorsOf(parseClusterText(json, 'm.json'))).toEqual([
      { file: 'm.json', path: '', line: 4, column: 44, code: 'yaml/DUPLICATE_KEY', severity: 'error', message: 'invalid JSON: Map keys must be unique' },
    ]);
  });

  it('reports a wrong value in a JSON model with its path, line and column', () => {
    const json = '{\n  "id": "demo",\n  "nodes": [\n    { "id": "cp", "role": "boss" }\n  ]\n}\n';
    expect(errorsOf(parseClusterText(json, 'm.json'))).toMatchObject([{ file: 'm.json', path: 'nodes[0].role', line: 4, column: 27, code: 'schema/invalid_value' }]);
    expect(errorsOf(parseClusterText(json, 'm.json'))[0]?.message).toBe(errorsOf(parseClusterText(json.replaceAll('\n', ' '), 'm.yaml'))[0]?.message);
  });
});
