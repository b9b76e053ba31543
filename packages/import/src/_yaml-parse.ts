import { yamlToValue } from '@kubegram/model/yaml';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document } from 'yaml';
import type { ObjectSink } from './_sink.js';

const EXAMPLE = 'expected kubectl output (kubectl get nodes,pods -A -o yaml) or manifests such as "apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: web"';

// The yaml library's messages name its grammar; these say what to look at in the file.
const PLAIN: Record<string, string> = {
  BAD_INDENT: 'the indentation does not line up with the lines around it',
  TAB_AS_INDENT: 'a tab indents this line; YAML indents with spaces',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line, or a line is neither "key: value" nor a "- " item',
  BLOCK_AS_IMPLICIT_KEY: 'a line is neither "key: value" nor a "- " item',
  UNEXPECTED_TOKEN: 'unexpected text',
};

/** What `parseOne` returns when the text had problems (already reported). */
export const FAILED = Symbol('failed');

function report(e: { code: string; message: string; pos: [number, number] }, lines: LineCounter, file: string, sink: ObjectSink, lineOffset: number): void {
  const at = lines.linePos(e.pos[0]);
  const plain = /end with an? [\]}]/.test(e.message) ? 'a "[" or "{" is not closed' : PLAIN[e.code];
  const detail = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  sink.problem({ file, line: at.line + lineOffset, column: at.col, path: '', severity: 'error', message: `invalid YAML: ${plain ? `${plain} (${detail})` : detail}; ${EXAMPLE}` });
}

/** Parses the text of one list item to its plain value, or reports its problems and returns `FAILED`. */
export function parseOne(text: string, file: string, sink: ObjectSink, lineOffset: number): unknown {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) report(e, lines, file, sink, lineOffset);
    return FAILED;
  }
  return valueOf(doc, lines, file, sink, lineOffset, '');
}

/** Reads the text of one YAML document: one object, a list of them, or a `List` with `items`. */
export function readDocument(text: string, file: string, sink: ObjectSink, lineOffset: number, prefix: string): void {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const list: Document[] = Array.isArray(docs) ? docs : [];
  const place = (offset: number | undefined) => lines.linePos(offset ?? 0).line + lineOffset;
  let failed = false;
  for (const doc of list) {
    for (const e of doc.errors) {
      failed = true;
      report(e, lines, file, sink, lineOffset);
    }
  }
  if (failed) return;
  for (const doc of list) {
    const contents = doc.contents;
    // An empty document (two "---" in a row, as helm template prints for empty templates).
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) continue;
    const docLine = place(contents.range?.[0]);
    const at = (inner: string) => (prefix ? `${prefix}: ${inner}` : inner);
    const whole = valueOf(doc, lines, file, sink, lineOffset, prefix);
    if (whole === FAILED) continue;
    if (isSeq(contents)) {
      contents.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] } | null)?.range;
        sink.object((whole as unknown[])[i], { file, path: at(`[${i}]`), line: place(range?.[0]) });
      });
      continue;
    }
    if (!isMap(contents)) {
      // A document of plain text: prose or a table pasted along with the objects.
      sink.note(`${file}: skipped ${prefix || 'the input'} at line ${docLine}: it is not a Kubernetes object`);
      continue;
    }
    const value = whole as Record<string, unknown>;
    const items = contents.get('items', true);
    if (Array.isArray(value.items) && isSeq(items) && (typeof value.kind !== 'string' || value.kind.endsWith('List'))) {
      items.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] } | null)?.range;
        sink.object((value.items as unknown[])[i], { file, path: at(`items[${i}]`), line: place(range?.[0]) }, typeof value.kind === 'string' ? value.kind : undefined);
      });
      continue;
    }
    sink.object(value, { file, path: prefix, line: docLine });
  }
}

// The document's plain value, with aliases expanded safely: an unknown alias, an alias bomb or
// runaway nesting is a problem at its line and column, not an exception or a silent null.
function valueOf(doc: Document, lines: LineCounter, file: string, sink: ObjectSink, lineOffset: number, path: string): unknown {
  const built = yamlToValue(doc, lines);
  if (built.ok) return built.value;
  for (const p of built.problems) sink.problem({ file, line: p.line + lineOffset, column: p.column, path, severity: 'error', message: p.message });
  return FAILED;
}
