import { describe, expect, it } from 'vitest';
import { createJsonReader } from './_read-json.js';
import { recordingSink } from './_test-sink.js';

function read(text: string, chunk = text.length) {
  const sink = recordingSink();
  const reader = createJsonReader(sink, 'in.json');
  for (let i = 0; i < text.length; i += chunk) reader.write(text.slice(i, i + chunk));
  reader.end();
  return sink;
}
const pretty = (v: unknown) => JSON.stringify(v, null, 2);
const list = pretty({ apiVersion: 'v1', items: [{ metadata: { name: 'a' } }, { kind: 'Pod', metadata: { name: 'b "quoted" \\ name' } }], kind: 'NodeList', metadata: { resourceVersion: '' } });

describe('createJsonReader', () => {
  it('hands on each item with its path and line, and the list kind that kubectl prints after the items', () => {
    const sink = read(list);
    expect(sink.objects).toEqual([
      { value: { kind: 'Pod', metadata: { name: 'b "quoted" \\ name' } }, at: { file: 'in.json', path: 'items[1]', line: 9 }, listKind: undefined },
      { value: { metadata: { name: 'a' } }, at: { file: 'in.json', path: 'items[0]', line: 4 }, listKind: 'NodeList' },
    ]);
  });

  it('gives the same objects whatever the chunk size', () => {
    const whole = read(list).objects;
    for (const size of [1, 2, 3, 7, 64]) expect(read(list, size).objects).toEqual(whole);
  });

  it('reads a single object, a top-level array and concatenated lists (kubectl cluster-info dump)', () => {
    expect(read(pretty({ kind: 'Node', metadata: { name: 'n' } })).objects.map((o) => o.at.path)).toEqual(['']);
    expect(read(pretty([{ kind: 'Node' }, null])).objects.map((o) => o.at.path)).toEqual(['[0]', '[1]']);
    const dump = `${pretty({ kind: 'NodeList', items: [{ metadata: { name: 'n' } }] })}\n${pretty({ kind: 'PodList', items: [{ metadata: { name: 'p' } }] })}\n`;
    expect(read(dump).objects.map((o) => [o.at.path, o.listKind])).toEqual([
      ['items[0]', 'NodeList'],
      ['document 2: items[0]', 'PodList'],
    ]);
  });

  it('skips pasted commands between values and stops at the logs cluster-info dump appends', () => {
    const text = `${pretty({ kind: 'List', items: [] })}\n$ kubectl get pods -o json\n${pretty({ kind: 'Pod', metadata: { name: 'p' } })}\n==== START logs for container x ====\nI0101 log line\n`;
    const sink = read(text);
    expect(sink.objects.map((o) => (o.value as { kind: string }).kind)).toEqual(['Pod']);
    expect(sink.notes).toEqual([
      'in.json: skipped line 5, a pasted command ("$ kubectl get pods -o json"), not kubectl output',
      'in.json: ignored everything from line 12 on ("==== START logs for container x ===="): it is not JSON (such as the logs "kubectl cluster-info dump" appends)',
    ]);
    expect(sink.problems).toEqual([]);
  });

  it('names the line of input that is cut short, a wrong bracket, or invalid JSON inside an item', () => {
    expect(read('{\n  "items": [\n    {"a": 1}\n').problems[0]).toMatchObject({ line: 3, message: expect.stringContaining('the input ends inside the value that starts at line 1') });
    expect(read('{\n  "items": [\n  }\n}').problems[0]).toMatchObject({ line: 3, column: 3, message: 'invalid JSON: "}" closes a "["; expected "]"' });
    const bad = read('{\n  "items": [\n    {"a": tru}\n  ]\n}').problems[0]!;
    expect(bad).toMatchObject({ file: 'in.json', line: 3 });
    expect(bad.message).toMatch(/^invalid JSON: .*; expected kubectl output such as/);
  });
});
