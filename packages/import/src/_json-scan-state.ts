import type { ObjectSink } from './_sink.js';

/** The text of one value being cut out of the input, possibly across chunks. */
export interface Capture {
  parts: string[];
  start: number;
  line: number;
  column: number;
  depth: number;
  scalar: boolean;
  target: 'field' | 'item';
}

/** An item read before its list's "kind", waiting for it. */
interface PendingItem {
  value: Record<string, unknown>;
  path: string;
  line: number;
}

/** Everything the JSON scanner remembers between characters and between chunks. */
export interface JsonScanState {
  readonly sink: ObjectSink;
  readonly file: string;
  readonly firstLine: number;
  line: number;
  /** Index in the current chunk where the current line starts, for columns. */
  lineStart: number;
  /** The open brackets, outermost first. */
  stack: number[];
  top: 'object' | 'array';
  expectKey: boolean;
  key: string | undefined;
  /** What the next value at the level being watched is: a field of the top object, an item, or `items`. */
  want: 'field' | 'item' | 'items-array' | undefined;
  fields: Record<string, unknown>;
  listKind: string | undefined;
  inItems: boolean;
  itemsSeen: boolean;
  itemIndex: number;
  pending: PendingItem[];
  cap: Capture | undefined;
  /** How many top-level values have started. */
  values: number;
  valueLine: number;
  stopped: boolean;
}

export const OPEN_OBJECT = 123;
export const OPEN_ARRAY = 91;
export const CLOSE_OBJECT = 125;
export const CLOSE_ARRAY = 93;

/** A scanner at the start of its input, with nothing read yet. */
export function createJsonScanState(sink: ObjectSink, file: string, firstLine: number): JsonScanState {
  return {
    sink,
    file,
    firstLine,
    line: firstLine,
    lineStart: 0,
    stack: [],
    top: 'object',
    expectKey: false,
    key: undefined,
    want: undefined,
    fields: {},
    listKind: undefined,
    inItems: false,
    itemsSeen: false,
    itemIndex: 0,
    pending: [],
    cap: undefined,
    values: 0,
    valueLine: firstLine,
    stopped: false,
  };
}

const prefix = (st: JsonScanState) => (st.values > 1 ? `document ${st.values}: ` : '');

/** Reports a syntax problem and stops reading. */
export function fail(st: JsonScanState, message: string, at: number, column?: number): void {
  st.sink.problem({ file: st.file, line: at, ...(column === undefined ? {} : { column }), path: '', severity: 'error', message });
  st.stopped = true;
}

/** Starts cutting out the value that begins at `i`. */
export function beginCapture(st: JsonScanState, i: number, depth: number, scalar: boolean): void {
  const target = st.want === 'item' && (st.inItems || st.top === 'array') ? 'item' : 'field';
  st.cap = { parts: [], start: i, line: st.line, column: i - st.lineStart + 1, depth, scalar, target };
  st.want = undefined;
}

/** Parses the text cut out for the current capture and hands it on. */
export function finishCapture(st: JsonScanState, text: string): void {
  const c = st.cap!;
  st.cap = undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const [at, column] = errorPlace(error, text, c);
    fail(st, `invalid JSON: ${plainJsonError(error)}; expected kubectl output such as {"apiVersion": "v1", "kind": "List", "items": [...]}`, at, column);
    return;
  }
  if (c.target === 'field') {
    st.fields[st.key!] = value;
    if (st.key === 'kind' && typeof value === 'string') st.listKind = value;
  } else handItem(st, value, c.line);
}

/** Ends a scalar (number, true, false, null) being captured at index `i`, where it stops. */
export function endScalar(st: JsonScanState, s: string, i: number): void {
  const c = st.cap!;
  c.parts.push(s.slice(c.start, i));
  finishCapture(st, c.parts.join(''));
}

function handItem(st: JsonScanState, value: unknown, line: number): void {
  const { sink, file } = st;
  const path = st.top === 'array' ? `${prefix(st)}[${st.itemIndex}]` : `${prefix(st)}items[${st.itemIndex}]`;
  st.itemIndex += 1;
  const kindless = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind !== 'string';
  // kubectl prints a list's "kind" after its items: items without a kind of their own wait for it.
  if (kindless && st.listKind === undefined && st.top === 'object') st.pending.push({ value: value as Record<string, unknown>, path, line });
  else sink.object(value, { file, path, line }, st.top === 'object' ? st.listKind : undefined);
}

/** Hands on a finished top-level value (or its waiting items) and resets for the next one. */
export function finishValue(st: JsonScanState): void {
  const { sink, file } = st;
  if (st.top === 'object') {
    if (st.itemsSeen) {
      for (const p of st.pending) sink.object(p.value, { file, path: p.path, line: p.line }, st.listKind);
    } else sink.object(st.fields, { file, path: prefix(st).replace(/: $/, ''), line: st.valueLine });
  }
  st.fields = {};
  st.pending = [];
  st.listKind = undefined;
  st.inItems = false;
  st.itemsSeen = false;
  st.itemIndex = 0;
  st.key = undefined;
}

function errorPlace(error: unknown, text: string, c: Capture): [line: number, column: number] {
  const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
  if (position === undefined) return [c.line, c.column];
  const before = text.slice(0, Number(position));
  const newlines = before.split('\n').length - 1;
  const column = newlines === 0 ? c.column + before.length : before.length - before.lastIndexOf('\n');
  return [c.line + newlines, column];
}

function plainJsonError(error: unknown): string {
  return String((error as Error).message)
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, ".*" is not valid JSON$/s, '');
}
