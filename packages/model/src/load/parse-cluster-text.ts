import { isAlias, isCollection, isMap, isPair, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import { parseCluster } from '../parse.js';
import type { Problem } from '../problem.js';
import { decodeUtf8 } from './_decode-utf8.js';
import { readJson } from './_read-json.js';
import type { FileProblem, LoadResult } from './types.js';
import { MAX_DEPTH, yamlToValue } from './yaml-to-value.js';

export type { FileProblem, LoadResult } from './types.js';

// Past this many syntax errors the rest are echoes of the first ones.
const MAX_SYNTAX_ERRORS = 20;

/**
 * Parses a YAML or JSON model, given as text or as the file's bytes (which must be UTF-8), and
 * checks it. JSON (a `.json` file, or text that begins with "{") is read with `JSON.parse`; YAML,
 * and JSON that `JSON.parse` cannot take as it is, with the yaml library. Never throws: every
 * problem names the file, the path in the model and the line and column.
 */
export function parseClusterText(input: string | Uint8Array, file: string): LoadResult {
  const fail = (errors: FileProblem[]): LoadResult => ({ ok: false, file, errors, warnings: [] });
  try {
    let text: string;
    if (typeof input === 'string') text = input;
    else {
      const decoded = decodeUtf8(input);
      if (!decoded.ok) return fail([notUtf8(decoded, file)]);
      text = decoded.text;
    }
    // Keeping every node's place in the file costs more than reading it, so a model is first read
    // without places; only one with something to report is read again, keeping them.
    const plain = /\.json$/i.test(file) || /^\s*\{/.test(text) ? readJson(text) : readYaml(text);
    if (plain !== undefined) {
      const result = parseCluster(plain.value);
      if (result.ok && result.warnings.length === 0) return { ok: true, file, cluster: result.cluster, warnings: [] };
    }
    return readLocated(text, file);
  } catch (cause) {
    // Nothing above is known to throw; should the yaml library ever do so, say so as a problem.
    const message = cause instanceof Error ? cause.message : String(cause);
    return fail([{ file, path: '', code: 'unreadable', severity: 'error', message: `could not read the model file: ${message}; expected a YAML or JSON cluster model, such as "id: demo"` }]);
  }
}

/** The value of a YAML document with nothing to report: no syntax error, no alias, no deep nesting; else `undefined`. */
function readYaml(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0 || !plainTree(doc.contents, 1)) return undefined;
  return { value: doc.toJS() };
}

/** Whether a node holds no alias and no collection deeper than `MAX_DEPTH` (counted as `yamlToValue` counts). */
function plainTree(node: unknown, depth: number): boolean {
  if (isAlias(node)) return false;
  if (!isCollection(node)) return true;
  if (depth > MAX_DEPTH) return false;
  for (const item of node.items) {
    const ok = isPair(item) ? plainTree(item.key, depth + 1) && plainTree(item.value, depth + 1) : plainTree(item, depth + 1);
    if (!ok) return false;
  }
  return true;
}

/** Reads a model keeping the place of every node, to give each problem its line and column. */
function readLocated(text: string, file: string): LoadResult {
  const fail = (errors: FileProblem[]): LoadResult => ({ ok: false, file, errors, warnings: [] });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const located = (p: Omit<FileProblem, 'file'>): FileProblem => ({ ...p, file });
  if (doc.errors.length > 0) return fail(syntaxProblems(doc.errors, text, lines, file).map(located));
  const built = yamlToValue(doc, lines);
  if (!built.ok) return fail(built.problems.map(located));
  const locate = (p: Problem): FileProblem => {
    const node = nodeAt(doc.contents, p.path);
    if (!node?.range) return { ...p, file };
    const at = lines.linePos(node.range[0]);
    return { ...p, file, line: at.line, column: at.col };
  };
  const result = parseCluster(built.value);
  return result.ok
    ? { ok: true, file, cluster: result.cluster, warnings: result.warnings.map(locate) }
    : { ok: false, file, errors: result.errors.map(locate), warnings: result.warnings.map(locate) };
}

/** The syntax errors of a document as problems, with words of our own where the library's would puzzle. */
function syntaxProblems(errors: readonly YAMLError[], text: string, lines: LineCounter, file: string): Omit<FileProblem, 'file'>[] {
  const language = /\.json$/i.test(file) ? 'JSON' : 'YAML';
  const multiple = errors.find((e) => e.code === 'MULTIPLE_DOCS');
  if (multiple) return [multipleDocuments(multiple, text, lines, language)];
  const shown = errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => {
    const at = lines.linePos(e.pos[0]);
    const message =
      e.code === 'RESOURCE_EXHAUSTION'
        ? `invalid ${language}: nesting too deep to read; expected a cluster model, which nests about ten levels and at most ${MAX_DEPTH}`
        : `invalid ${language}: ${e.message.split('\n')[0]}`;
    return { path: '', line: at.line, column: at.col, code: `yaml/${e.code}`, severity: 'error' as const, message };
  });
  const more = errors.length - shown.length;
  if (more > 0) shown.push({ ...shown[shown.length - 1]!, code: 'yaml/more-errors', message: `invalid ${language}: ${more} more syntax errors after this one, left out` });
  return shown;
}

function multipleDocuments(error: YAMLError, text: string, lines: LineCounter, language: string): Omit<FileProblem, 'file'> {
  const count = parseAllDocuments(text, { prettyErrors: false });
  const documents = Array.isArray(count) ? count.length : 2;
  const at = lines.linePos(error.pos[0]);
  const where = text.startsWith('---', error.pos[0]) ? `a line "---" at ${at.line}:${at.col}` : `the second begins at ${at.line}:${at.col}`;
  return {
    path: '',
    line: at.line,
    column: at.col,
    code: 'yaml/multiple-documents',
    severity: 'error',
    message: `found ${documents} ${language} documents (${where}); expected one cluster model per file: move each other cluster to a file of its own, or delete the "---" line if it only separates parts of one model`,
  };
}

function notUtf8(d: Extract<ReturnType<typeof decodeUtf8>, { ok: false }>, file: string): FileProblem {
  const name = file.replace(/^.*[\\/]/, '');
  const hex = `0x${d.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const why = d.utf16
    ? 'the file is UTF-16 (it begins with a UTF-16 byte order mark)'
    : `byte ${hex} at byte offset ${d.offset} does not ${d.byte >= 0xc2 && d.byte <= 0xf4 ? 'begin a complete UTF-8 character' : 'begin a UTF-8 character'}`;
  return {
    file,
    path: '',
    line: d.line,
    column: d.column,
    byteOffset: d.offset,
    code: 'not-utf8',
    severity: 'error',
    message: `the model file is not UTF-8 text: ${why}; expected UTF-8, as most editors save by default: save it again as UTF-8, or convert it, for example with "iconv -f WINDOWS-1252 -t UTF-8 ${name} > ${name.replace(/(\.\w+)?$/, '.utf8$1')}"`,
  };
}

/** Follows a model path such as `nodes[2].pods[0]` into the YAML tree as far as it exists. */
function nodeAt(root: Document['contents'], path: string): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  const parts = path.match(/[^.[\]"]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\]/g) ?? [];
  for (const raw of parts) {
    const key = raw.startsWith('[') ? (/^\[\d+\]$/.test(raw) ? Number(raw.slice(1, -1)) : JSON.parse(raw.slice(1, -1))) : raw;
    let next: unknown;
    if (isSeq(node) && typeof key === 'number') next = node.items[key];
    else if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      next = key === 'kind' || typeof pair?.value !== 'object' ? (pair?.value ?? pair?.key) : pair.value;
    }
    if (next === undefined || next === null) break;
    node = next as YamlNode;
  }
  return node;
}
