import { createJsonScanState, fail, OPEN_ARRAY } from './_json-scan-state.js';
import { scanChunk } from './_json-scan.js';
import type { ObjectSink } from './_sink.js';

/** Takes JSON text in chunks of any size. */
export interface JsonReader {
  write(text: string): void;
  end(): void;
}

/**
 * Reads one or more JSON values (`kubectl get -o json`, or the concatenated lists of
 * `kubectl cluster-info dump`) without building the whole document: each element of a list's
 * `items` is cut out of the text and parsed on its own, handed on, and dropped. Only the item being
 * read is held, so memory follows the largest object, not the input.
 */
export function createJsonReader(sink: ObjectSink, file: string, firstLine = 1): JsonReader {
  const st = createJsonScanState(sink, file, firstLine);
  let carry = '';
  return {
    write(text) {
      if (st.stopped) return;
      const last = text.lastIndexOf('\n');
      if (last < 0) {
        carry += text;
        return;
      }
      // Whole lines only: JSON strings hold no raw line breaks, so a chunk never ends inside one.
      const chunk = carry + text.slice(0, last + 1);
      carry = text.slice(last + 1);
      scanChunk(st, chunk);
    },
    end() {
      if (!st.stopped && carry !== '') scanChunk(st, `${carry}\n`);
      carry = '';
      if (st.stopped) return;
      if (st.stack.length > 0) {
        fail(st, `invalid JSON: the input ends inside the value that starts at line ${st.valueLine}; expected its closing "${st.stack[0] === OPEN_ARRAY ? ']' : '}'}" (was the output cut short?)`, Math.max(firstLine, st.line - 1));
      }
    },
  };
}
