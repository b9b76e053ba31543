import { describe, expect, it } from 'vitest';
import { scanChunk } from './_json-scan.js';
import { createJsonScanState } from './_json-scan-state.js';
import { recordingSink } from './_test-sink.js';

describe('scanChunk', () => {
  it('holds only the item being cut out between chunks, and drops it once handed on', () => {
    const sink = recordingSink();
    const st = createJsonScanState(sink, 'in.json', 1);
    scanChunk(st, '{"items": [\n  {"kind": "Pod",\n');
    expect(st.cap).toMatchObject({ parts: ['{"kind": "Pod",\n'], line: 2, column: 3, target: 'item' });
    expect(st.stack.length).toBe(3);
    scanChunk(st, '   "note": "a } and a \\" ]"}\n');
    expect(st.cap).toBeUndefined();
    expect(sink.objects).toEqual([{ value: { kind: 'Pod', note: 'a } and a " ]' }, at: { file: 'in.json', path: 'items[0]', line: 2 }, listKind: undefined }]);
    scanChunk(st, '], "kind": "List"}\n');
    expect(st.stack).toEqual([]);
    expect(st.fields).toEqual({});
    expect(sink.problems).toEqual([]);
  });

  it('cuts out a scalar item where the whitespace or comma after it starts', () => {
    const sink = recordingSink();
    const st = createJsonScanState(sink, 'in.json', 7);
    scanChunk(st, '[12, true,null\n]\n');
    expect(sink.objects.map((o) => [o.value, o.at.path, o.at.line])).toEqual([
      [12, '[0]', 7],
      [true, '[1]', 7],
      [null, '[2]', 7],
    ]);
  });
});
