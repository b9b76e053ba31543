import { yamlToValue } from '@kubegram/model/yaml';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document } from 'yaml';
import type { ObjectSink } from './_sink.js';

/** Takes YAML text in chunks of any size. */
export interface YamlReader {
  write(text: string): void;
  end(): void;
}

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

interface Item {
  lines: string[];
  start: number;
}

/**
 * Reads YAML documents as they arrive: manifests and `helm template` output (`---` between
 * documents, `# Source:` comments, empty documents) one document at a time, and the `items:` of a
 * `List` one item at a time, so `kubectl get -o yaml` of a large cluster is never held whole.
 */
export function createYamlReader(sink: ObjectSink, file: string, firstLine = 1): YamlReader {
  let carry = '';
  let line = firstLine - 1;
  let docIndex = 1;
  let sawMarker = false;
  let docLines: string[] = [];
  let docStart = firstLine;
  let docContent = false;
  // The list being read: the indentation of its "- " items, once known, and the current item.
  let list: { indent: number; open: boolean; item: Item | undefined; index: number; kind: string | undefined; pending: { value: Record<string, unknown>; path: string; line: number }[] } | undefined;

  const prefix = () => (sawMarker || docIndex > 1 ? `document ${docIndex}` : '');

  const flushItem = () => {
    const item = list?.item;
    if (list === undefined || item === undefined) return;
    list.item = undefined;
    const cut = list.indent + 2;
    const text = item.lines.map((l, i) => (i === 0 ? `${' '.repeat(cut)}${l.slice(cut)}` : l).slice(cut)).join('\n');
    const path = `${prefix() ? `${prefix()}: ` : ''}items[${list.index}]`;
    list.index += 1;
    const value = parseOne(text, file, sink, item.start - 1);
    if (value === FAILED) return;
    const kindless = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind !== 'string';
    // kubectl prints a list's "kind" after its items: items without a kind of their own wait for it.
    if (kindless && list.kind === undefined) list.pending.push({ value: value as Record<string, unknown>, path, line: item.start });
    else sink.object(value, { file, path, line: item.start }, list.kind);
  };

  const endDoc = () => {
    if (list !== undefined) {
      flushItem();
      for (const p of list.pending) sink.object(p.value, { file, path: p.path, line: p.line }, list.kind);
    } else if (docContent) readDocument(docLines.join('\n'), file, sink, docStart - 1, prefix());
    if (docContent || sawMarker) docIndex += 1;
    list = undefined;
    docLines = [];
    docContent = false;
    docStart = line + 1;
  };

  const take = (text: string) => {
    line += 1;
    if (/^---(\s|$)/.test(text)) {
      if (docContent || sawMarker) endDoc();
      sawMarker = true;
      docStart = line + 1;
      // "--- text" starts a document whose first line is on the marker's line.
      const rest = text.slice(3).trim();
      if (rest !== '') {
        docStart = line;
        docLines.push(rest);
        docContent = true;
      }
      return;
    }
    const indent = text.length - text.trimStart().length;
    const blank = text.trim() === '' || text.trimStart().startsWith('#');
    if (list?.open) {
      if (list.indent < 0 && !blank) {
        const m = /^(\s*)-(\s|$)/.exec(text);
        if (m) list.indent = m[1]!.length;
        else {
          // "items:" held no block list after all: read the document whole.
          docLines.push('items:');
          list = undefined;
        }
      }
      if (list !== undefined) {
        if (blank || indent > list.indent) {
          list.item?.lines.push(text);
          return;
        }
        if (indent === list.indent && /^\s*-(\s|$)/.test(text)) {
          flushItem();
          list.item = { lines: [text], start: line };
          return;
        }
        flushItem();
        list.open = false;
      }
    }
    if (list === undefined && /^items:\s*(#.*)?$/.test(text)) {
      list = { indent: -1, open: true, item: undefined, index: 0, kind: headerKind(docLines), pending: [] };
      docContent = true;
      return;
    }
    if (list !== undefined) {
      const kind = /^kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/.exec(text)?.[1];
      if (kind !== undefined) list.kind = kind;
    }
    if (!blank) docContent = true;
    docLines.push(text);
  };

  return {
    write(text) {
      const chunk = carry + text;
      const lines = chunk.split('\n');
      carry = lines.pop()!;
      for (const l of lines) take(l.endsWith('\r') ? l.slice(0, -1) : l);
    },
    end() {
      if (carry !== '') take(carry);
      carry = '';
      endDoc();
    },
  };
}

function headerKind(lines: string[]): string | undefined {
  for (const l of lines) {
    const kind = /^kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/.exec(l)?.[1];
    if (kind !== undefined) return kind;
  }
  return undefined;
}

const FAILED = Symbol('failed');

function report(e: { code: string; message: string; pos: [number, number] }, lines: LineCounter, file: string, sink: ObjectSink, lineOffset: number): void {
  const at = lines.linePos(e.pos[0]);
  const plain = /end with an? [\]}]/.test(e.message) ? 'a "[" or "{" is not closed' : PLAIN[e.code];
  const detail = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  sink.problem({ file, line: at.line + lineOffset, column: at.col, path: '', severity: 'error', message: `invalid YAML: ${plain ? `${plain} (${detail})` : detail}; ${EXAMPLE}` });
}

function parseOne(text: string, file: string, sink: ObjectSink, lineOffset: number): unknown {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) report(e, lines, file, sink, lineOffset);
    return FAILED;
  }
  return valueOf(doc, lines, file, sink, lineOffset, '');
}

/** Reads the text of one YAML document: one object, a list of them, or a `List` with `items`. */
function readDocument(text: string, file: string, sink: ObjectSink, lineOffset: number, prefix: string): void {
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
