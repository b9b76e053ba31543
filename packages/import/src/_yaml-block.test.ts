import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NOT_BLOCK, readBlockLines } from './_yaml-block.js';

// The yaml library as parseOne calls it: the reference every answer must equal.
const library = (text: string) => parse(text, { uniqueKeys: false });
const readBlockYaml = (text: string) => readBlockLines(text.split('\n'), 0);
// kubectl's shape: lists at their key's indentation.
const kubectl = (value: unknown) => stringify(value, { indentSeq: false, lineWidth: 0 });

describe('readBlockLines', () => {
  it('reads a pod as kubectl prints it, equal to the yaml library', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  labels:
    app: web
    pod-template-hash: 6d4cf56db6
  name: web-6d4cf56db6-x2x9z
  namespace: default
  ownerReferences:
  - apiVersion: apps/v1
    controller: true
    kind: ReplicaSet
    name: web-6d4cf56db6
spec:
  containers:
  - image: registry.example.com/web:1.4.2
    name: app
    ports:
    - containerPort: 8080
      protocol: TCP
    resources:
      requests:
        cpu: 250m
        memory: 256Mi
  nodeName: ip-10-0-0-1.eu-west-1.compute.internal
  securityContext: {}
  tolerations: []
status:
  conditions:
  - lastProbeTime: null
    status: "True"
    type: Ready
  hostIP: 10.0.0.1
  phase: Running
`;
    const value = readBlockYaml(text);
    expect(value).toEqual(library(text));
    expect((value as { spec: { containers: { ports: unknown[] }[] } }).spec.containers[0]!.ports).toEqual([{ containerPort: 8080, protocol: 'TCP' }]);
  });

  it('resolves plain scalars as the YAML 1.2 core schema does', () => {
    const scalars = ['~', 'null', 'Null', 'NULL', 'true', 'False', 'TRUE', 'yes', 'on', '0', '-0', '+12', '007', '0o17', '0x1F', '0x', '1.5', '1.50', '.5', '-.5e3', '1e3', '6.02E+23', '.inf', '-.Inf', '.NaN', '1.31', 'v1.31.2', '250m', '1Gi', '10.0.0.1', '2026-01-02T20:02:19Z', 'a:b', 'a#b', '-1', '-foo', '12345678901234567890', 'nan', 'Infinity'];
    for (const s of scalars) {
      const text = `k: ${s}\nl:\n- ${s}\n`;
      expect(readBlockYaml(text), s).toEqual(library(text));
    }
  });

  it('reads quoted scalars with the escapes JSON shares with YAML', () => {
    for (const s of ['"True"', '"a: b # c"', '"tab\\there"', '"\\u00e9\\"q\\"\\\\"', "'it''s'", "''", "''''", '"\\/"']) {
      const text = `k: ${s}\n`;
      expect(readBlockYaml(text), s).toEqual(library(text));
    }
  });

  it('gives NOT_BLOCK for anything outside kubectl shape, so the library reads it', () => {
    const other = [
      'k: |\n  two\n  lines\n',
      'k: >\n  folded\n',
      'k: {a: 1}\n',
      'k: [1, 2]\n',
      'k: &a 1\nl: *a\n',
      'k: !!str 5\n',
      'k: v # comment\n',
      'k: plain\n  continued\n',
      'k: "two\n  lines"\n',
      '"quoted key": 1\n',
      '80: http\n',
      'true: x\n',
      'k:\tv\n',
      'k: a: b\n',
      'k: "\\x41"\n',
      'k: 1\n  l: 2\n',
      '- - a\n',
      '-\n  a: 1\n',
      '? complex\n: key\n',
      'k:\n  - a\n l: 1\n',
      '__proto__: x\n',
      '',
      '# only a comment\n',
    ];
    for (const text of other) expect(readBlockYaml(text), JSON.stringify(text)).toBe(NOT_BLOCK);
  });

  it('reads the lines of a list item from the column after its "- "', () => {
    const item = ['  - name: a', '    ports:', '    - 80', '', '    # note', '    labels:', '      app: web'];
    expect(readBlockLines(item, 4)).toEqual({ name: 'a', ports: [80], labels: { app: 'web' } });
    // A line left of the item's content is not the item's: the library reads and reports it.
    expect(readBlockLines(['- name: a', ' x: 1'], 2)).toBe(NOT_BLOCK);
  });

  it('skips blank lines and whole-line comments, as YAML does', () => {
    const text = 'a: 1\n\n# note\nb:\n  # inner\n  c: x\n';
    expect(readBlockYaml(text)).toEqual(library(text));
  });

  it('reads lists indented under their key and lists of maps indented further', () => {
    const text = 'a:\n  - x\n  - y\nb:\n-   k: 1\n    l: 2\n- m: 3\n';
    expect(readBlockYaml(text)).toEqual(library(text));
  });

  it('equals the yaml library, or gives NOT_BLOCK, on random values written as kubectl does', () => {
    const key = fc.oneof(fc.constantFrom('name', 'kubernetes.io/os', 'app', 'a b', 'yes', '-x', 'null', '1', 'k:v'), fc.string({ maxLength: 6 }));
    const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom('1.0', '0x1F', ' lead', 'trail ', 'a: b', '#x', "it's", '"q"', '-', '- x', '~'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), (v) => {
        const text = kubectl(v);
        const fast = readBlockYaml(text);
        if (fast !== NOT_BLOCK) expect(fast).toEqual(library(text));
      }),
      { numRuns: 500 },
    );
  });
});
