import { isCommandLine } from './_command-line.js';
import type { ObjectSink } from './_sink.js';

/** Takes JSON text in chunks of any size. */
export interface JsonReader {
  write(text: string): void;
  end(): void;
}

interface Capture {
  parts: string[];
  start: number;
  line: number;
  column: number;
  depth: number;
  scalar: boolean;
  target: 'field' | 'item';
}

const OPEN_OBJECT = 123;
const OPEN_ARRAY = 91;
const CLOSE_OBJECT = 125;
const CLOSE_ARRAY = 93;

/**
 * Reads one or more JSON values (`kubectl get -o json`, or the concatenated lists of
 * `kubectl cluster-info dump`) without building the whole document: each element of a list's
 * `items` is cut out of the text and parsed on its own, handed on, and dropped. Only the item being
 * read is held, so memory follows the largest object, not the input.
 */
export function createJsonReader(sink: ObjectSink, file: string, firstLine = 1): JsonReader {
  let carry = '';
  let line = firstLine;
  let lineStart = 0;
  const stack: number[] = [];
  let top: 'object' | 'array' = 'object';
  let expectKey = false;
  let key: string | undefined;
  let want: 'field' | 'item' | 'items-array' | undefined;
  let fields: Record<string, unknown> = {};
  let listKind: string | undefined;
  let inItems = false;
  let itemsSeen = false;
  let itemIndex = 0;
  let pending: { value: Record<string, unknown>; path: string; line: number }[] = [];
  let cap: Capture | undefined;
  let values = 0;
  let valueLine = firstLine;
  let stopped = false;

  const prefix = () => (values > 1 ? `document ${values}: ` : '');
  const fail = (message: string, at: number, column?: number) => {
    sink.problem({ file, line: at, ...(column === undefined ? {} : { column }), path: '', severity: 'error', message });
    stopped = true;
  };

  const finishCapture = (text: string, c: Capture) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const [at, column] = errorPlace(error, text, c);
      fail(`invalid JSON: ${plainJsonError(error)}; expected kubectl output such as {"apiVersion": "v1", "kind": "List", "items": [...]}`, at, column);
      return;
    }
    if (c.target === 'field') {
      fields[key!] = value;
      if (key === 'kind' && typeof value === 'string') listKind = value;
      return;
    }
    const path = top === 'array' ? `${prefix()}[${itemIndex}]` : `${prefix()}items[${itemIndex}]`;
    itemIndex += 1;
    const kindless = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind !== 'string';
    // kubectl prints a list's "kind" after its items: items without a kind of their own wait for it.
    if (kindless && listKind === undefined && top === 'object') pending.push({ value: value as Record<string, unknown>, path, line: c.line });
    else sink.object(value, { file, path, line: c.line }, top === 'object' ? listKind : undefined);
  };

  const finishValue = () => {
    if (top === 'object') {
      if (itemsSeen) {
        for (const p of pending) sink.object(p.value, { file, path: p.path, line: p.line }, listKind);
      } else sink.object(fields, { file, path: prefix().replace(/: $/, ''), line: valueLine });
    }
    fields = {};
    pending = [];
    listKind = undefined;
    inItems = false;
    itemsSeen = false;
    itemIndex = 0;
    key = undefined;
  };

  const scan = (s: string) => {
    lineStart = 0;
    for (let i = 0; i < s.length && !stopped; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) {
        if (cap?.scalar) endScalar(s, i);
        line++;
        lineStart = i + 1;
        continue;
      }
      if (c === 32 || c === 9 || c === 13) {
        if (cap?.scalar) endScalar(s, i);
        continue;
      }
      const depth = stack.length;
      if (depth === 0) {
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
          values += 1;
          valueLine = line;
          top = c === OPEN_OBJECT ? 'object' : 'array';
          expectKey = top === 'object';
          want = top === 'array' ? 'item' : undefined;
          stack.push(c);
          continue;
        }
        const end = s.indexOf('\n', i);
        const text = s.slice(i, end < 0 ? s.length : end);
        if (isCommandLine(text)) {
          sink.note(`${file}: skipped line ${line}, a pasted command ("${text.trim().slice(0, 80)}"), not kubectl output`);
          i = (end < 0 ? s.length : end) - 1;
          continue;
        }
        const shown = text.trim();
        sink.note(`${file}: ignored everything from line ${line} on ("${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}"): it is not JSON (such as the logs "kubectl cluster-info dump" appends)`);
        stopped = true;
        return;
      }
      if (c === 34) {
        let j = i + 1;
        for (;;) {
          j = s.indexOf('"', j);
          if (j < 0) {
            fail('invalid JSON: a string is not closed on its line; expected a closing quote (")', line, i - lineStart + 1);
            return;
          }
          let p = j - 1;
          while (s.charCodeAt(p) === 92) p--;
          if ((j - 1 - p) % 2 === 0) break;
          j++;
        }
        if (depth === 1 && top === 'object' && expectKey) {
          key = JSON.parse(s.slice(i, j + 1)) as string;
          expectKey = false;
        } else if (cap === undefined && want !== undefined && want !== 'items-array') {
          begin(s, i, depth, false);
          finish(s.slice(i, j + 1));
        } else if (want === 'items-array') {
          want = 'field';
          begin(s, i, depth, false);
          finish(s.slice(i, j + 1));
        }
        i = j;
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (want === 'items-array') {
          want = undefined;
          if (c === OPEN_ARRAY) {
            inItems = true;
            itemsSeen = true;
            want = 'item';
            stack.push(c);
            continue;
          }
          want = 'field';
        }
        if (cap === undefined && want !== undefined) begin(s, i, depth, false);
        stack.push(c);
        continue;
      }
      if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (cap?.scalar) endScalar(s, i);
        const open = stack.pop();
        if (open !== (c === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) {
          fail(`invalid JSON: "${String.fromCharCode(c)}" closes ${open === undefined ? 'nothing' : `a "${String.fromCharCode(open)}"`}; expected "${open === OPEN_ARRAY ? ']' : '}'}"`, line, i - lineStart + 1);
          return;
        }
        if (cap !== undefined && stack.length === cap.depth) {
          cap.parts.push(s.slice(cap.start, i + 1));
          finish(cap.parts.join(''));
        }
        if (stack.length === 1 && inItems && c === CLOSE_ARRAY) inItems = false;
        if (stack.length === 0) finishValue();
        continue;
      }
      if (c === 44) {
        if (cap?.scalar) endScalar(s, i);
        if (depth === 1 && top === 'object') expectKey = true;
        else if ((depth === 1 && top === 'array') || (depth === 2 && inItems)) want = 'item';
        continue;
      }
      if (c === 58) {
        if (depth === 1 && top === 'object') want = key === 'items' ? 'items-array' : 'field';
        continue;
      }
      if (cap === undefined && want !== undefined) {
        if (want === 'items-array') want = 'field';
        begin(s, i, depth, true);
      }
    }
    if (cap !== undefined && !stopped) {
      cap.parts.push(s.slice(cap.start));
      cap.start = 0;
    }
  };

  const begin = (s: string, i: number, depth: number, scalar: boolean) => {
    cap = { parts: [], start: i, line, column: i - lineStart + 1, depth, scalar, target: want === 'item' && (inItems || top === 'array') ? 'item' : 'field' };
    want = undefined;
    void s;
  };
  const finish = (text: string) => {
    const c = cap!;
    cap = undefined;
    finishCapture(text, c);
  };
  const endScalar = (s: string, i: number) => {
    const c = cap!;
    c.parts.push(s.slice(c.start, i));
    finish(c.parts.join(''));
  };

  return {
    write(text) {
      if (stopped) return;
      const last = text.lastIndexOf('\n');
      if (last < 0) {
        carry += text;
        return;
      }
      // Whole lines only: JSON strings hold no raw line breaks, so a chunk never ends inside one.
      const chunk = carry + text.slice(0, last + 1);
      carry = text.slice(last + 1);
      scan(chunk);
    },
    end() {
      if (!stopped && carry !== '') scan(`${carry}\n`);
      carry = '';
      if (stopped) return;
      if (stack.length > 0) {
        fail(`invalid JSON: the input ends inside the value that starts at line ${valueLine}; expected its closing "${stack[0] === OPEN_ARRAY ? ']' : '}'}" (was the output cut short?)`, Math.max(firstLine, line - 1));
      }
    },
  };
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
