import { describe, expect, it } from 'vitest';
import { createTextReader, firstLineOf } from './_read-text.js';
import { recordingSink } from './_test-sink.js';

function read(text: string) {
  const sink = recordingSink();
  const reader = createTextReader('in', sink);
  reader.write(text);
  reader.end();
  return sink;
}

describe('createTextReader', () => {
  it('names and skips a shell command pasted on line 1, before JSON or YAML', () => {
    const json = read('$ kubectl get nodes -o json\n{\n  "kind": "Node",\n  "metadata": {"name": "n"}\n}\n');
    expect(json.notes).toEqual(['in: skipped line 1, a pasted command ("$ kubectl get nodes -o json"), not kubectl output']);
    expect(json.objects).toEqual([{ value: { kind: 'Node', metadata: { name: 'n' } }, at: { file: 'in', path: '', line: 2 }, listKind: undefined }]);
    const yaml = read('user@host:~$ kubectl get nodes -o yaml\napiVersion: v1\nkind: Node\nmetadata:\n  name: n\n');
    expect(yaml.objects[0]).toMatchObject({ value: { kind: 'Node' }, at: { line: 2 } });
    expect(read('kubectl get pods -A -o yaml\nkind: Pod\n').notes[0]).toContain('skipped line 1, a pasted command');
  });

  it('reports an unknown alias and an alias bomb at their line and column, in a document and in a list item', () => {
    const typo = read('---\napiVersion: v1\nkind: Pod\nmetadata: { name: *typo }\n');
    expect(typo.objects).toEqual([]);
    expect(typo.problems[0]).toMatchObject({ line: 4, column: 19, message: expect.stringContaining('unknown alias "*typo"') });
    const listed = read('kind: PodList\nitems:\n- metadata:\n    name: *nope\n');
    expect(listed.problems[0]).toMatchObject({ line: 4, message: expect.stringContaining('unknown alias "*nope"') });
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'kind: Pod'].join('\n');
    expect(read(laughs).problems[0]).toMatchObject({ message: expect.stringContaining('billion laughs') });
  });

  it('refuses kubectl table output and says which flag prints objects', () => {
    expect(read('NAME       STATUS   ROLES           AGE   VERSION\ncp-1       Ready    control-plane   9d    v1.31.2\n').problems[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining('add -o json'),
    });
  });

  it('reads multi-document YAML with its lines, lists inside documents, and skips prose documents', () => {
    const sink = read('---\n# Source: chart/templates/a.yaml\nkind: Pod\nmetadata:\n  name: a\n---\n---\nkind: PodList\nitems:\n- metadata:\n    name: b\n--- just words\n');
    expect(sink.objects.map((o) => [o.at.path, o.at.line, o.listKind])).toEqual([
      ['document 1', 3, undefined],
      ['document 3: items[0]', 10, 'PodList'],
    ]);
    expect(sink.notes).toEqual(['in: skipped document 4 at line 12: it is not a Kubernetes object']);
  });

  it('reports invalid YAML with line and column and an example, and empty input', () => {
    expect(read('kind: Pod\nmetadata: [\n').problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^invalid YAML: a "\[" or "\{" is not closed \(.*\); expected kubectl output/) });
    expect(read('kind: Pod\nmetadata:\n\tname: x\n').problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^invalid YAML: a tab indents this line; YAML indents with spaces/) });
    expect(read('  \n').problems[0]!.message).toContain('the input is empty');
  });
});

describe('firstLineOf', () => {
  it('firstLineOf skips blank lines, waits for a complete line unless the text is final', () => {
    expect(firstLineOf('\n\n{"kind"', false)).toBeUndefined();
    expect(firstLineOf('\n\n{"kind"', true)).toEqual({ line: '{"kind"', lineNo: 3, rest: '' });
    expect(firstLineOf('  \n$ kubectl get pods\n{}', false)).toEqual({ line: '$ kubectl get pods', lineNo: 2, rest: '{}' });
  });
});
