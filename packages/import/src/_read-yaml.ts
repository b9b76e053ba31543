import type { ObjectSink } from './_sink.js';
import { createYamlScanState, endDocument, takeLine } from './_yaml-lines.js';

/** Takes YAML text in chunks of any size. */
export interface YamlReader {
  write(text: string): void;
  end(): void;
}

/**
 * Reads YAML documents as they arrive: manifests and `helm template` output (`---` between
 * documents, `# Source:` comments, empty documents) one document at a time, and the `items:` of a
 * `List` one item at a time, so `kubectl get -o yaml` of a large cluster is never held whole.
 */
export function createYamlReader(sink: ObjectSink, file: string, firstLine = 1): YamlReader {
  const st = createYamlScanState(sink, file, firstLine);
  let carry = '';
  return {
    write(text) {
      const lines = (carry + text).split('\n');
      carry = lines.pop()!;
      for (const l of lines) takeLine(st, l.endsWith('\r') ? l.slice(0, -1) : l);
    },
    end() {
      if (carry !== '') takeLine(st, carry);
      carry = '';
      endDocument(st);
    },
  };
}
