import { isCommandLine } from './_command-line.js';
import {
  beginCapture,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  endScalar,
  fail,
  finishCapture,
  finishValue,
  OPEN_ARRAY,
  OPEN_OBJECT,
  type JsonScanState,
} from './_json-scan-state.js';

/**
 * Scans a chunk of whole lines. Each situation is a function taking the state and the index, and
 * those that move on return the index of the last character they consumed; nothing is allocated
 * per character, so the loop stays close to the speed of JSON.parse.
 */
export function scanChunk(st: JsonScanState, s: string): void {
  st.lineStart = 0;
  for (let i = 0; i < s.length && !st.stopped; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) {
      if (st.cap?.scalar) endScalar(st, s, i);
      st.line++;
      st.lineStart = i + 1;
    } else if (c === 32 || c === 9 || c === 13) {
      if (st.cap?.scalar) endScalar(st, s, i);
    } else if (st.stack.length === 0) i = betweenValues(st, s, i, c);
    else if (c === 34) i = string(st, s, i);
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) open(st, i, c);
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) close(st, s, i, c);
    else if (c === 44) comma(st, s, i);
    else if (c === 58) colon(st);
    else if (st.cap === undefined && st.want !== undefined) {
      if (st.want === 'items-array') st.want = 'field';
      beginCapture(st, i, st.stack.length, true);
    }
  }
  // A value being cut out goes on in the next chunk.
  if (st.cap !== undefined && !st.stopped) {
    st.cap.parts.push(s.slice(st.cap.start));
    st.cap.start = 0;
  }
}

/** Outside any value: a top-level value starts, or a pasted command or trailing text follows. */
function betweenValues(st: JsonScanState, s: string, i: number, c: number): number {
  if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
    startValue(st, c);
    return i;
  }
  const end = s.indexOf('\n', i);
  const text = s.slice(i, end < 0 ? s.length : end);
  if (isCommandLine(text)) {
    st.sink.note(`${st.file}: skipped line ${st.line}, a pasted command ("${text.trim().slice(0, 80)}"), not kubectl output`);
    return (end < 0 ? s.length : end) - 1;
  }
  trailingText(st, text);
  return i;
}

/** One more of the concatenated top-level values (`kubectl cluster-info dump`) begins. */
function startValue(st: JsonScanState, c: number): void {
  st.values += 1;
  st.valueLine = st.line;
  st.top = c === OPEN_OBJECT ? 'object' : 'array';
  st.expectKey = st.top === 'object';
  st.want = st.top === 'array' ? 'item' : undefined;
  st.stack.push(c);
}

function trailingText(st: JsonScanState, text: string): void {
  const shown = text.trim();
  st.sink.note(`${st.file}: ignored everything from line ${st.line} on ("${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}"): it is not JSON (such as the logs "kubectl cluster-info dump" appends)`);
  st.stopped = true;
}

/** A string: a key of the top object, a whole field or item, or text inside a value being cut out. */
function string(st: JsonScanState, s: string, i: number): number {
  const j = stringEnd(s, i + 1);
  if (j < 0) {
    fail(st, 'invalid JSON: a string is not closed on its line; expected a closing quote (")', st.line, i - st.lineStart + 1);
    return i;
  }
  const depth = st.stack.length;
  if (depth === 1 && st.top === 'object' && st.expectKey) {
    st.key = JSON.parse(s.slice(i, j + 1)) as string;
    st.expectKey = false;
  } else if (st.want !== undefined && (st.cap === undefined || st.want === 'items-array')) {
    if (st.want === 'items-array') st.want = 'field';
    beginCapture(st, i, depth, false);
    finishCapture(st, s.slice(i, j + 1));
  }
  return j;
}

/** The index of the quote closing the string whose text starts at `from`, or -1 on this chunk. */
function stringEnd(s: string, from: number): number {
  let j = from;
  for (;;) {
    j = s.indexOf('"', j);
    if (j < 0) return -1;
    let p = j - 1;
    while (s.charCodeAt(p) === 92) p--;
    if ((j - 1 - p) % 2 === 0) return j;
    j++;
  }
}

/** An opening bracket: the `items` array of a list, or the start of a value to cut out. */
function open(st: JsonScanState, i: number, c: number): void {
  if (st.want === 'items-array') {
    if (c === OPEN_ARRAY) {
      st.inItems = true;
      st.itemsSeen = true;
      st.want = 'item';
      st.stack.push(c);
      return;
    }
    st.want = 'field';
  }
  if (st.cap === undefined && st.want !== undefined) beginCapture(st, i, st.stack.length, false);
  st.stack.push(c);
}

/** A closing bracket: it may end the value being cut out, the `items` array, or a top-level value. */
function close(st: JsonScanState, s: string, i: number, c: number): void {
  if (st.cap?.scalar) endScalar(st, s, i);
  const open = st.stack.pop();
  if (open !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) {
    fail(st, `invalid JSON: "${String.fromCharCode(c)}" closes ${open === undefined ? 'nothing' : `a "${String.fromCharCode(open)}"`}; expected "${open === OPEN_ARRAY ? ']' : '}'}"`, st.line, i - st.lineStart + 1);
    return;
  }
  const cap = st.cap;
  if (cap !== undefined && st.stack.length === cap.depth) {
    cap.parts.push(s.slice(cap.start, i + 1));
    finishCapture(st, cap.parts.join(''));
  }
  if (st.stack.length === 1 && st.inItems && c === CLOSE_ARRAY) st.inItems = false;
  if (st.stack.length === 0) finishValue(st);
}

function comma(st: JsonScanState, s: string, i: number): void {
  if (st.cap?.scalar) endScalar(st, s, i);
  const depth = st.stack.length;
  if (depth === 1 && st.top === 'object') st.expectKey = true;
  else if ((depth === 1 && st.top === 'array') || (depth === 2 && st.inItems)) st.want = 'item';
}

function colon(st: JsonScanState): void {
  if (st.stack.length === 1 && st.top === 'object') st.want = st.key === 'items' ? 'items-array' : 'field';
}
