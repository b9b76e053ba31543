import { yamlPathAt } from './_yaml-path.ts';
import { alternatives, schemaAt, type JsonSchema } from './schema-at.ts';

/** One suggestion: the text shown, what is inserted, and the schema's words about it. */
export interface SchemaCompletion {
  label: string;
  apply: string;
  type: 'property' | 'enum';
  detail?: string;
  info?: string;
}

/** Suggestions at a position and where the word they replace starts. */
export interface SchemaCompletions {
  from: number;
  options: SchemaCompletion[];
}

/** The type a schema allows, in a few words (`string`, `"a" | "b"`, `array`). */
export function typeOf(schema: JsonSchema): string {
  const all = alternatives(schema);
  const values = all.flatMap((s) => (s.enum ?? (s.const === undefined ? [] : [s.const])));
  if (values.length > 0) return values.map((v) => JSON.stringify(v)).join(' | ');
  const types = [...new Set(all.flatMap((s) => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type])))];
  return types.join(' | ');
}

/**
 * What the model's JSON Schema allows at a position of block YAML: the keys of the mapping the
 * cursor is in (those not written yet), or the values a key takes when it has a fixed set.
 */
export function schemaCompletions(schema: JsonSchema, text: string, pos: number): SchemaCompletions | undefined {
  const place = yamlPathAt(text, pos);
  if (!place) return undefined;
  if (place.at === 'key') {
    const props = new Map<string, JsonSchema>();
    for (const s of schemaAt(schema, place.path)) for (const [k, v] of Object.entries(s.properties ?? {})) if (!props.has(k)) props.set(k, v);
    if (props.size === 0) return undefined;
    const written = siblingKeys(text, place.from);
    const options = [...props]
      .filter(([k]) => k !== '$schema' && (k === place.key || !written.has(k)))
      .map(([k, v]): SchemaCompletion => {
        const t = typeOf(v);
        const block = /^(object|array)$/.test(t);
        return { label: k, apply: block ? `${k}:` : `${k}: `, type: 'property', ...(t ? { detail: t } : {}), ...(v.description ? { info: v.description } : {}) };
      });
    return { from: place.from, options };
  }
  const values = new Map<string, string | undefined>();
  for (const s of schemaAt(schema, [...place.path, place.key])) {
    for (const v of s.enum ?? (s.const === undefined ? [] : [s.const])) values.set(String(v), s.description);
    if (s.type === 'boolean') ['true', 'false'].forEach((v) => values.set(v, s.description));
  }
  if (values.size === 0) return undefined;
  return { from: place.from, options: [...values].map(([v, info]) => ({ label: v, apply: v, type: 'enum', ...(info ? { info } : {}) })) };
}

// The keys already written in the mapping whose keys start at `from`'s column, above and below it.
function siblingKeys(text: string, from: number): Set<string> {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const col = from - lineStart;
  const lines = text.split('\n');
  const here = text.slice(0, lineStart).split('\n').length - 1;
  const keys = new Set<string>();
  const keyAt = (line: string) => /^([A-Za-z_$][\w$.-]*)\s*:/.exec(line.slice(col))?.[1];
  // Walks away from the cursor's line while lines stay in the same mapping; `true` stops the walk.
  const visit = (line: string, up: boolean): boolean => {
    if (/^\s*(#.*)?$/.test(line)) return false;
    const head = line.slice(0, col);
    if (/^ *$/.test(head) && line.length > col && line[col] === ' ') return false;
    if (/^ *$/.test(head)) {
      const k = keyAt(line);
      if (k) keys.add(k);
      return false;
    }
    if (up && /^ *(- +)+$/.test(head)) keys.add(keyAt(line) ?? '');
    return true;
  };
  if (!/-/.test(text.slice(lineStart, from))) for (let i = here - 1; i >= 0 && !visit(lines[i]!, true); i--);
  for (let i = here + 1; i < lines.length && !visit(lines[i]!, false); i++);
  return keys;
}
