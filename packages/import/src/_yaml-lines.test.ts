import { describe, expect, it } from 'vitest';
import { recordingSink } from './_test-sink.js';
import { createYamlScanState, endDocument, takeLine } from './_yaml-lines.js';

function take(lines: string[]) {
  const sink = recordingSink();
  const st = createYamlScanState(sink, 'in.yaml', 1);
  for (const l of lines) takeLine(st, l);
  return { sink, st };
}

describe('takeLine', () => {
  it('learns the indentation of the items from the first "- " and keeps only the current item', () => {
    const { sink, st } = take(['kind: PodList', 'items:', '  - kind: Pod', '    metadata: {name: a}', '  - kind: Pod']);
    expect(st.list).toMatchObject({ indent: 2, open: true, index: 1, kind: 'PodList', item: { lines: ['  - kind: Pod'], start: 5 } });
    expect(sink.objects.map((o) => [o.value, o.at.path, o.at.line, o.listKind])).toEqual([[{ kind: 'Pod', metadata: { name: 'a' } }, 'items[0]', 3, 'PodList']]);
    expect(st.docLines).toEqual(['kind: PodList']);
  });

  it('reads the document whole when "items:" holds no block list', () => {
    const { sink, st } = take(['kind: ConfigMap', 'items:', '  a: 1']);
    expect(st.list).toBeUndefined();
    expect(st.docLines).toEqual(['kind: ConfigMap', 'items:', '  a: 1']);
    endDocument(st);
    expect(sink.objects.map((o) => o.value)).toEqual([{ kind: 'ConfigMap', items: { a: 1 } }]);
  });
});
