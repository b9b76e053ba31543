// kubectl prints YAML in one narrow shape: block maps and lists, two spaces per level, lists at
// their key's indentation, one scalar per line. This reader takes that shape in one pass over the
// lines, about ten times faster than building the yaml library's document; anything outside it
// (flow collections, block or multi-line scalars, anchors, tags, comments after values, tabs,
// odd indentation) gives NOT_BLOCK and the caller reads the text with the library, which also
// reports the problems of invalid text. Scalars resolve as the library's YAML 1.2 core schema does.

/** What `readBlockLines` returns for text outside the shape it reads. */
export const NOT_BLOCK: unique symbol = Symbol('not block YAML');

// Characters that make a line mean something other than a key or a plain scalar, or that YAML
// treats specially (control characters, byte-order mark, Unicode line separators).
const UNUSUAL = /[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const SPECIAL_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
// The same for a value, where a "-" followed by more than a space starts a plain scalar such as -1.
const SPECIAL_VALUE_START = /^(?:-(?: |$)|[?:,[\]{}#&*!|>'"%@`])/;
const MAX_DEPTH = 60;

class NotBlock extends Error {}
const fail = (): never => {
  throw new NotBlock();
};

interface Lines {
  indent: number[];
  text: string[];
  at: number;
}

/**
 * The plain value of block YAML in kubectl's shape, or NOT_BLOCK: the lines of one "- " item of a
 * list as the list reader holds them, `cut` being the column its content starts at (after "- "),
 * so they are never joined and split again.
 */
export function readBlockLines(raw: readonly string[], cut: number): unknown {
  const indent: number[] = [];
  const body: string[] = [];
  for (let j = 0; j < raw.length; j++) {
    const line = j === 0 ? raw[0]!.slice(cut) : raw[j]!;
    if (UNUSUAL.test(line)) return NOT_BLOCK;
    let i = 0;
    while (line.charCodeAt(i) === 32) i++;
    // Blank lines and whole-line comments carry no value.
    if (i === line.length || line.charCodeAt(i) === 35) continue;
    const at = j === 0 ? i : i - cut;
    if (at < 0) return NOT_BLOCK;
    indent.push(at);
    body.push(line.endsWith(' ') ? line.slice(i).trimEnd() : line.slice(i));
  }
  if (body.length === 0) return NOT_BLOCK;
  const lines: Lines = { indent, text: body, at: 0 };
  try {
    const value = node(lines, lines.indent[0]!, 0);
    return lines.at === body.length ? value : NOT_BLOCK;
  } catch (e) {
    if (e instanceof NotBlock) return NOT_BLOCK;
    throw e;
  }
}

const isItem = (t: string) => t === '-' || t.startsWith('- ');

function node(lines: Lines, at: number, depth: number): unknown {
  if (depth > MAX_DEPTH) fail();
  return isItem(lines.text[lines.at]!) ? list(lines, at, depth) : map(lines, at, depth);
}

// Where a "key: value" line splits, or -1 when it is not one.
function colon(t: string): number {
  const i = t.indexOf(': ');
  if (i > 0) return i;
  return t.endsWith(':') && t.length > 1 ? t.length - 1 : -1;
}

function key(t: string, end: number): string {
  const k = t.slice(0, end);
  if (SPECIAL_START.test(k) || k.endsWith(' ') || k.includes(' #') || k === '__proto__') fail();
  // A key such as 80 or true is a number or a boolean to YAML; only keys that stay text are read here.
  if (typeof plain(k) !== 'string') fail();
  return k;
}

function map(lines: Lines, at: number, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const { indent, text } = lines;
  while (lines.at < text.length) {
    const ind = indent[lines.at]!;
    if (ind < at) break;
    if (ind > at) fail();
    const t = text[lines.at]!;
    const split = colon(t);
    if (split < 0 || isItem(t)) fail();
    const k = key(t, split);
    const rest = t.slice(split + 1).trimStart();
    lines.at++;
    if (rest !== '') {
      out[k] = scalar(rest);
      continue;
    }
    const next = lines.at < text.length ? indent[lines.at]! : -1;
    // kubectl writes a key's list at the key's own indentation.
    if (next > at || (next === at && isItem(text[lines.at]!))) out[k] = node(lines, next, depth + 1);
    else out[k] = null;
  }
  return out;
}

function list(lines: Lines, at: number, depth: number): unknown[] {
  const out: unknown[] = [];
  const { indent, text } = lines;
  while (lines.at < text.length && indent[lines.at] === at && isItem(text[lines.at]!)) {
    const t = text[lines.at]!;
    let i = 1;
    while (t.charCodeAt(i) === 32) i++;
    const rest = t.slice(i);
    if (rest === '' || isItem(rest)) fail();
    if (colon(rest) > 0 && !/^["']/.test(rest)) {
      // "- key: value" opens a map whose keys line up with this first one.
      indent[lines.at] = at + i;
      text[lines.at] = rest;
      out.push(map(lines, at + i, depth + 1));
    } else {
      out.push(scalar(rest));
      lines.at++;
    }
  }
  if (lines.at < text.length && indent[lines.at]! > at) fail();
  return out;
}

function scalar(s: string): unknown {
  const c = s.charCodeAt(0);
  if (c === 34) return doubleQuoted(s);
  if (c === 39) return singleQuoted(s);
  if (s === '{}') return {};
  if (s === '[]') return [];
  if (SPECIAL_VALUE_START.test(s) || s.includes(' #') || s.includes(': ') || s.endsWith(':')) fail();
  const value = plain(s);
  return typeof value === 'string' ? own(value) : value;
}

// JSON's escapes are a subset of YAML's; text with only those decodes the same way.
function doubleQuoted(s: string): string {
  let i = 1;
  while (i < s.length && s.charCodeAt(i) !== 34) i += s.charCodeAt(i) === 92 ? 2 : 1;
  if (i !== s.length - 1) fail();
  if (/\\(?![\\"/bfnrt]|u[0-9a-fA-F]{4})/.test(s)) fail();
  return JSON.parse(s) as string;
}

function singleQuoted(s: string): string {
  if (s.length < 2 || !s.endsWith("'")) fail();
  const inner = s.slice(1, -1);
  if (inner.replaceAll("''", '').includes("'")) fail();
  return own(inner.replaceAll("''", "'"));
}

// A slice of a line keeps the whole text of its item alive for as long as the slice lives (V8
// shares the characters of any slice of 13 or more); values are kept in records until the model
// is built, so each gets characters of its own: half the memory of a large import.
const own = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

// The core schema's tags, tried in the library's order; most text is none of them.
function plain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only text starting with a digit, a sign, a dot, "~", or a letter of null, true or false can be anything but a string.
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return c === 116 || c === 84;
  if (OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (HEX.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_INF.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? Number.NaN : s.charCodeAt(0) === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT.test(s)) return parseFloat(s);
  return s;
}
