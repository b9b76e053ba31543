import { isMap, isNode, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { ObjectSink } from './_sink.js';

const EXAMPLE = 'expected kubectl output (kubectl get nodes,pods -A -o yaml) or manifests such as "apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: web"';

/**
 * Reads YAML: one object, a `List` or typed list (`items:`), or multi-document manifests such as
 * `helm template` prints (`---` between documents, `# Source:` comments, empty documents).
 */
export function readYaml(text: string, file: string, sink: ObjectSink, lineOffset = 0): void {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const list: Document[] = Array.isArray(docs) ? docs : [];
  const place = (offset: number | undefined) => {
    const at = lines.linePos(offset ?? 0);
    return { line: at.line + lineOffset, column: at.col };
  };
  let failed = false;
  for (const doc of list) {
    for (const e of doc.errors) {
      failed = true;
      sink.problem({ file, ...place(e.pos[0]), path: '', severity: 'error', message: `invalid YAML: ${e.message.split('\n')[0]}; ${EXAMPLE}` });
    }
  }
  if (failed) return;
  const many = list.length > 1;
  list.forEach((doc, d) => {
    const contents = doc.contents;
    // An empty document (two "---" in a row, as helm template prints for empty templates).
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return;
    const prefix = many ? `document ${d + 1}` : '';
    const docLine = place(contents.range?.[0]).line;
    if (isSeq(contents)) {
      contents.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] } | null)?.range;
        sink.object(toJs(doc, item), { file, path: `${prefix ? `${prefix}: ` : ''}[${i}]`, line: place(range?.[0]).line });
      });
      return;
    }
    if (!isMap(contents)) {
      // A document of plain text: prose or a table pasted along with the objects.
      sink.note(`${file}: skipped ${prefix || 'the input'} at line ${docLine}: it is not a Kubernetes object`);
      return;
    }
    const value = toJs(doc, contents) as Record<string, unknown>;
    const items = contents.get('items', true);
    if (Array.isArray(value.items) && isSeq(items) && (typeof value.kind !== 'string' || value.kind.endsWith('List'))) {
      items.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] } | null)?.range;
        sink.object((value.items as unknown[])[i], { file, path: `${prefix ? `${prefix}: ` : ''}items[${i}]`, line: place(range?.[0]).line }, typeof value.kind === 'string' ? value.kind : undefined);
      });
      return;
    }
    sink.object(value, { file, path: prefix, line: docLine });
  });
}

function toJs(doc: Document, node: unknown): unknown {
  // Aliases are expanded, with a bound so a "billion laughs" document cannot exhaust memory.
  return isNode(node) ? node.toJS(doc, { maxAliasCount: 1000 }) : null;
}
