/** Where a position in block YAML sits: the keys (and `*` for list items) leading to it. */
export interface YamlPlace {
  /** Keys from the document's root to the mapping the position is in; `*` stands for any list item. */
  path: string[];
  /** `key` when a key is being typed, `value` when the value of `key` is. */
  at: 'key' | 'value';
  /** The key whose value is being typed (for `value`), or the key written so far (for `key`). */
  key: string;
  /** Offset in the text where the word being typed starts. */
  from: number;
}

interface Line {
  /** Column of the key (after any `- ` list markers). */
  keyCol: number;
  /** Columns of the `- ` list markers, left to right. */
  dashes: number[];
  /** The key, when the line holds `key:`. */
  key?: string;
  /** Whether the line holds `key:` and nothing else (so its value is the block below). */
  opens: boolean;
}

const KEY = /^([A-Za-z_$][\w$.-]*)\s*:(?:\s+(.*))?$|^([A-Za-z_$][\w$.-]*)\s*:$/;

function readLine(line: string): Line | undefined {
  const body = line.replace(/\s+#.*$/, '');
  if (/^\s*(#.*)?$/.test(body)) return undefined;
  const dashes: number[] = [];
  let col = body.length - body.trimStart().length;
  while (body.startsWith('- ', col) || body.slice(col) === '-') {
    dashes.push(col);
    col += 2;
    while (body[col] === ' ') col++;
  }
  const rest = body.slice(col);
  const m = KEY.exec(rest);
  const key = m?.[1] ?? m?.[3];
  return { keyCol: col, dashes, ...(key === undefined ? {} : { key }), opens: key !== undefined && (m?.[2] ?? '').trim() === '' };
}

/**
 * Finds where `pos` sits in block-style YAML from indentation alone, so it works while the text
 * is half typed and does not parse. Flow collections (`{ }`, `[ ]`) are not followed.
 */
export function yamlPathAt(text: string, pos: number): YamlPlace | undefined {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(start, pos);
  const dashes: number[] = [];
  let col = before.length - before.trimStart().length;
  while (before.startsWith('- ', col)) {
    dashes.push(col);
    col += 2;
    while (before[col] === ' ') col++;
  }
  const rest = before.slice(col);
  let place: Omit<YamlPlace, 'path'>;
  const typingKey = /^[A-Za-z_$][\w$.-]*$|^$/.exec(rest);
  const typingValue = /^([A-Za-z_$][\w$.-]*)\s*:\s+([^\s#]*)$|^([A-Za-z_$][\w$.-]*)\s*:$/.exec(rest);
  if (typingKey) place = { at: 'key', key: rest, from: start + col };
  else if (typingValue) {
    const word = typingValue[2] ?? '';
    place = { at: 'value', key: (typingValue[1] ?? typingValue[3])!, from: pos - word.length };
  } else return undefined;

  const path: string[] = dashes.map(() => '*');
  let limit = dashes.length > 0 ? dashes[0]! : col;
  let inclusive = dashes.length > 0;
  const lines = text.slice(0, start).split('\n');
  lines.pop();
  for (let i = lines.length - 1; i >= 0 && (limit > 0 || inclusive); i--) {
    const line = readLine(lines[i]!);
    if (!line) continue;
    const { keyCol } = line;
    const itemStart = !inclusive && keyCol === limit && line.dashes.length > 0 && line.dashes[line.dashes.length - 1] === keyCol - 2;
    if (itemStart) {
      path.unshift(...line.dashes.map(() => '*'));
      limit = line.dashes[0]!;
      inclusive = true;
      continue;
    }
    const parent = line.opens && (keyCol < limit || (inclusive && keyCol === limit && line.dashes.length === 0));
    if (!parent) {
      if (line.dashes.length === 0 && keyCol < limit && !inclusive) return undefined;
      continue;
    }
    path.unshift(...line.dashes.map(() => '*'), line.key!);
    limit = line.dashes.length > 0 ? line.dashes[0]! : keyCol;
    inclusive = line.dashes.length > 0;
  }
  return { path, ...place };
}
