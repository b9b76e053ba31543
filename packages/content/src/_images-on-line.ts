/** An inline image with a quoted title as written on one source line. */
export interface ImageOnLine {
  /** The image as written, from `![` to the closing `)`. */
  raw: string;
  /** The image path as written. */
  src: string;
  /** 1-based column of the `!`. */
  column: number;
}

const SPACE = /\s/;

/**
 * The images with a quoted title on one line of Markdown, left to right, as the pattern
 * `![label](src "title")` reads them (a label holds no unescaped `]`). One pass over the line: a
 * regular expression for the same pattern backtracks over every `![` of a line of them, which
 * takes minutes on a 200 KB line.
 */
export function imagesOnLine(line: string): ImageOnLine[] {
  const close = closingBrackets(line);
  const tails = new Map<number, { src: string; end: number } | null>();
  const out: ImageOnLine[] = [];
  let start = line.indexOf('![');
  while (start >= 0) {
    const bracket = close[start + 2] ?? -1;
    if (bracket < 0) break;
    let tail = tails.get(bracket);
    if (tail === undefined) {
      tail = linkTail(line, bracket + 1);
      tails.set(bracket, tail);
    }
    if (tail === null) {
      start = line.indexOf('![', start + 1);
      continue;
    }
    out.push({ raw: line.slice(start, tail.end), src: tail.src, column: start + 1 });
    start = line.indexOf('![', tail.end);
  }
  return out;
}

// For each position, where a label read from there ends: the first `]` not escaped by a backslash
// (-1 for none). Filled from the end, so each position costs one step.
function closingBrackets(line: string): Int32Array {
  const close = new Int32Array(line.length + 2).fill(-1);
  for (let i = line.length - 1; i >= 0; i--) {
    const c = line[i];
    if (c === ']') close[i] = i;
    else if (c === '\\') close[i] = i + 1 < line.length ? (close[i + 2] ?? -1) : -1;
    else close[i] = close[i + 1] ?? -1;
  }
  return close;
}

// `(src "title")` or `(src 'title')` from `at`: the path and the index after the `)`, or null.
function linkTail(line: string, at: number): { src: string; end: number } | null {
  if (line[at] !== '(') return null;
  let i = skipSpace(line, at + 1);
  const from = i;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\') {
      if (i + 1 >= line.length) return null;
      i += 2;
    } else if (c === '(' || c === ')' || c === '"' || c === "'" || SPACE.test(c)) break;
    else i++;
  }
  const src = line.slice(from, i);
  const afterSrc = skipSpace(line, i);
  // A space must part the path from the title; with no path, the spaces after `(` do.
  if (afterSrc === i && !(src === '' && from > at + 1)) return null;
  const quote = line[afterSrc];
  if (quote !== '"' && quote !== "'") return null;
  i = afterSrc + 1;
  while (i < line.length && line[i] !== quote) i += line[i] === '\\' ? 2 : 1;
  if (i >= line.length) return null;
  i = skipSpace(line, i + 1);
  return line[i] === ')' ? { src, end: i + 1 } : null;
}

function skipSpace(line: string, at: number): number {
  let i = at;
  while (i < line.length && SPACE.test(line[i]!)) i++;
  return i;
}
