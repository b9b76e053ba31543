import { isMap, LineCounter, parseDocument, type Pair, type Scalar } from 'yaml';
import type { z } from 'zod';
import { FRONTMATTER_FIELDS, LessonFrontmatter } from './frontmatter.js';
import type { ContentError } from './types.js';

const SAMPLE: Record<string, string> = {
  id: `id: "1"`,
  order: 'order: 1',
  title: `title: 'Kubernetes Architecture'`,
  excerpt: `excerpt: 'Building blocks of Kubernetes'`,
  coverImage: `coverImage: 'images/cover.png'`,
  module: `module: 'Architecture'`,
  videoId: `videoId: 'dQw4w9WgXcQ'`,
  duration: `duration: '12 min'`,
};

/** What reading the frontmatter gives: the fields, or errors located in the file. */
export type FrontmatterResult = { ok: true; frontmatter: LessonFrontmatter } | { ok: false; errors: ContentError[] };

/** Parses and checks frontmatter YAML that starts on file line `firstLine`. */
export function readFrontmatter(yaml: string, file: string, firstLine: number): FrontmatterResult {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ file, ...at(e.pos[0]), path: '', message: `invalid YAML in the frontmatter: ${e.message.split('\n')[0]}` })),
    };
  }
  if (!isMap(doc.contents)) {
    return { ok: false, errors: [{ file, line: firstLine - 1, path: '', message: `expected the frontmatter to be fields such as ${SAMPLE.title}, one a line` }] };
  }
  const pairs = doc.contents.items as Pair<Scalar, Scalar>[];
  const pairOf = (key: PropertyKey | undefined) => pairs.find((p) => p.key?.value === key);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (cause) {
    // yaml refuses documents that expand aliases without bound; that is bad input, not a crash.
    return { ok: false, errors: [{ file, line: firstLine - 1, path: '', message: `invalid YAML in the frontmatter: ${(cause as Error).message}` }] };
  }
  const parsed = LessonFrontmatter.safeParse(withoutForeignFields(data), { reportInput: true });
  if (parsed.success) return { ok: true, frontmatter: parsed.data };

  const errors: ContentError[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const range = pairOf(key)?.key?.range;
        errors.push({
          file,
          ...(range ? at(range[0]) : { line: firstLine - 1 }),
          path: key,
          message: `unknown field "${key}": ${closest(key)}expected only ${FRONTMATTER_FIELDS.join(', ')}, such as ${SAMPLE.title}`,
        });
      }
      continue;
    }
    const field = String(issue.path[0] ?? '');
    const pair = pairOf(field);
    const range = pair?.value?.range ?? pair?.key?.range;
    errors.push({ file, ...(range ? at(range[0]) : { line: firstLine - 1 }), path: field, message: describeIssue(issue, field) });
  }
  return { ok: false, errors };
}

function describeIssue(issue: z.core.$ZodIssue, field: string): string {
  const sample = SAMPLE[field] ?? '';
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return `missing field "${field}": expected ${issue.expected}, such as ${sample}`;
    const got = issue.input === null ? 'nothing' : `${typeof issue.input} ${JSON.stringify(issue.input)}`;
    const hint = issue.expected === 'string' && typeof issue.input === 'number' ? ` (quote it: ${field}: "${String(issue.input)}")` : '';
    return `expected "${field}" to be ${issue.expected === 'string' ? 'a string' : `a ${issue.expected}`}, got ${got}${hint}; for example ${sample}`;
  }
  if (issue.code === 'too_small') return `expected "${field}" not to be empty, such as ${sample}`;
  if (issue.code === 'custom') return `${issue.message} for "${field}", such as ${sample}`;
  return `"${field}": ${issue.message}`;
}

// Lessons written for other tools carry their fields (`description`, `weight`, `tags`, `sidebar_position`…):
// those are left to their tools. A field a letter or two off a known one is most likely a known
// field misspelt, and stays in, for the schema to reject with the field it most likely is.
function withoutForeignFields(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([key]) => (FRONTMATTER_FIELDS as string[]).includes(key) || nearField(key) !== undefined));
}

function nearField(key: string): string | undefined {
  return FRONTMATTER_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase() || editDistance(f.toLowerCase(), key.toLowerCase()) <= 2);
}

function closest(key: string): string {
  const near = nearField(key);
  return near === undefined ? '' : `did you mean "${near}"? `;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}
