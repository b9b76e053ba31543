import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createYamlReader } from './_read-yaml.js';
import { recordingSink } from './_test-sink.js';

function read(text: string, chunk = text.length) {
  const sink = recordingSink();
  const reader = createYamlReader(sink, 'in.yaml');
  for (let i = 0; i < text.length; i += chunk) reader.write(text.slice(i, i + chunk));
  reader.end();
  return sink;
}
// What kubectl get -o yaml prints: the items first, the list's kind after them.
const kubectlYaml = `apiVersion: v1
items:
- metadata:
    name: a
    annotations:
      note: |
        two lines
        of text
- apiVersion: v1
  kind: Pod
  metadata:
    name: b
kind: NodeList
metadata:
  resourceVersion: ""
`;

describe('createYamlReader', () => {
  it('reads the items of a list one by one, with their lines and the kind printed after them', () => {
    expect(read(kubectlYaml).objects).toEqual([
      { value: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'b' } }, at: { file: 'in.yaml', path: 'items[1]', line: 9 }, listKind: undefined },
      { value: { metadata: { name: 'a', annotations: { note: 'two lines\nof text\n' } } }, at: { file: 'in.yaml', path: 'items[0]', line: 3 }, listKind: 'NodeList' },
    ]);
  });

  it('gives the same objects whatever the chunk size', () => {
    const whole = read(kubectlYaml).objects;
    for (const size of [1, 5, 13]) expect(read(kubectlYaml, size).objects).toEqual(whole);
  });

  it('reads lists indented under items, inline empty lists, and what the yaml library prints', () => {
    expect(read('kind: PodList\nitems:\n  - metadata: {name: a}\n  - metadata: {name: b}\n').objects.map((o) => [o.at.path, o.listKind])).toEqual([
      ['items[0]', 'PodList'],
      ['items[1]', 'PodList'],
    ]);
    expect(read('kind: List\nitems: []\n').objects).toEqual([]);
    const printed = stringify({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'Node', metadata: { name: 'n', labels: { a: 'b' } } }] });
    expect(read(printed).objects.map((o) => o.value)).toEqual([{ kind: 'Node', metadata: { name: 'n', labels: { a: 'b' } } }]);
  });

  it('numbers documents after a "---" and names a broken item by its line', () => {
    const sink = read('---\nkind: Pod\nmetadata: {name: a}\n---\nkind: List\nitems:\n- kind: Pod\n  metadata: [\n');
    expect(sink.objects.map((o) => o.at.path)).toEqual(['document 1']);
    expect(sink.problems[0]).toMatchObject({ file: 'in.yaml', line: 8 });
  });
});
