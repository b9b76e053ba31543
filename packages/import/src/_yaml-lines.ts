import type { ObjectSink } from './_sink.js';
import { NOT_BLOCK, readBlockLines } from './_yaml-block.js';
import { FAILED, parseOne, readDocument } from './_yaml-parse.js';

/** One "- " item of a list, as the lines read so far. */
interface Item {
  lines: string[];
  start: number;
}

/** The list being read: the indentation of its "- " items, once known, and the current item. */
interface ListState {
  indent: number;
  open: boolean;
  item: Item | undefined;
  index: number;
  kind: string | undefined;
  pending: { value: Record<string, unknown>; path: string; line: number }[];
}

/** Everything the YAML line reader remembers between lines. */
export interface YamlScanState {
  readonly sink: ObjectSink;
  readonly file: string;
  line: number;
  docIndex: number;
  sawMarker: boolean;
  docLines: string[];
  docStart: number;
  docContent: boolean;
  list: ListState | undefined;
}

const KIND_LINE = /^kind:\s*["']?([A-Za-z0-9]+)["']?\s*$/;

/** A reader at the start of its input; `firstLine` is the number of the first line it will take. */
export function createYamlScanState(sink: ObjectSink, file: string, firstLine: number): YamlScanState {
  return { sink, file, line: firstLine - 1, docIndex: 1, sawMarker: false, docLines: [], docStart: firstLine, docContent: false, list: undefined };
}

const prefix = (st: YamlScanState) => (st.sawMarker || st.docIndex > 1 ? `document ${st.docIndex}` : '');

/** Takes one line, without its line break. */
export function takeLine(st: YamlScanState, text: string): void {
  st.line += 1;
  if (/^---(\s|$)/.test(text)) {
    documentMarker(st, text);
    return;
  }
  const indent = text.length - text.trimStart().length;
  const blank = text.trim() === '' || text.trimStart().startsWith('#');
  if (st.list?.open && listLine(st, text, indent, blank)) return;
  if (st.list === undefined && /^items:\s*(#.*)?$/.test(text)) {
    st.list = { indent: -1, open: true, item: undefined, index: 0, kind: headerKind(st.docLines), pending: [] };
    st.docContent = true;
    return;
  }
  if (st.list !== undefined) {
    const kind = KIND_LINE.exec(text)?.[1];
    if (kind !== undefined) st.list.kind = kind;
  }
  if (!blank) st.docContent = true;
  st.docLines.push(text);
}

function documentMarker(st: YamlScanState, text: string): void {
  if (st.docContent || st.sawMarker) endDocument(st);
  st.sawMarker = true;
  st.docStart = st.line + 1;
  // "--- text" starts a document whose first line is on the marker's line.
  const rest = text.slice(3).trim();
  if (rest !== '') {
    st.docStart = st.line;
    st.docLines.push(rest);
    st.docContent = true;
  }
}

/** A line while the `items:` list is open; false when the list has ended and the line is the document's. */
function listLine(st: YamlScanState, text: string, indent: number, blank: boolean): boolean {
  const list = st.list!;
  if (list.indent < 0 && !blank) {
    const m = /^(\s*)-(\s|$)/.exec(text);
    if (m === null) {
      // "items:" held no block list after all: read the document whole.
      st.docLines.push('items:');
      st.list = undefined;
      return false;
    }
    list.indent = m[1]!.length;
  }
  if (blank || indent > list.indent) {
    list.item?.lines.push(text);
    return true;
  }
  if (indent === list.indent && /^\s*-(\s|$)/.test(text)) {
    flushItem(st);
    list.item = { lines: [text], start: st.line };
    return true;
  }
  flushItem(st);
  list.open = false;
  return false;
}

function flushItem(st: YamlScanState): void {
  const { list, sink, file } = st;
  const item = list?.item;
  if (list === undefined || item === undefined) return;
  list.item = undefined;
  const cut = list.indent + 2;
  const path = `${prefix(st) ? `${prefix(st)}: ` : ''}items[${list.index}]`;
  list.index += 1;
  // kubectl's own shape is read from the lines as they are; anything else, and every problem, by the yaml library.
  const simple = readBlockLines(item.lines, cut);
  const value = simple !== NOT_BLOCK ? simple : parseOne(item.lines.map((l, i) => (i === 0 ? `${' '.repeat(cut)}${l.slice(cut)}` : l).slice(cut)).join('\n'), file, sink, item.start - 1);
  if (value === FAILED) return;
  const kindless = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind !== 'string';
  // kubectl prints a list's "kind" after its items: items without a kind of their own wait for it.
  if (kindless && list.kind === undefined) list.pending.push({ value: value as Record<string, unknown>, path, line: item.start });
  else sink.object(value, { file, path, line: item.start }, list.kind);
}

/** Hands on the document read so far (or the rest of its list) and starts the next one. */
export function endDocument(st: YamlScanState): void {
  const { list, sink, file } = st;
  if (list !== undefined) {
    flushItem(st);
    for (const p of list.pending) sink.object(p.value, { file, path: p.path, line: p.line }, list.kind);
  } else if (st.docContent) readDocument(st.docLines.join('\n'), file, sink, st.docStart - 1, prefix(st));
  if (st.docContent || st.sawMarker) st.docIndex += 1;
  st.list = undefined;
  st.docLines = [];
  st.docContent = false;
  st.docStart = st.line + 1;
}

function headerKind(lines: string[]): string | undefined {
  for (const l of lines) {
    const kind = KIND_LINE.exec(l)?.[1];
    if (kind !== undefined) return kind;
  }
  return undefined;
}
