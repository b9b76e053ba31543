import { yamlPathAt } from './_yaml-path.ts';
import { schemaAt, type JsonSchema } from './schema-at.ts';
import { typeOf } from './schema-completions.ts';

/** The help shown for a key: where it is in the text, and what the schema says of it. */
export interface SchemaHover {
  from: number;
  to: number;
  /** The key's path in the model, such as `nodes[].pods[].phase`. */
  path: string;
  type: string;
  description: string;
}

/** The JSON Schema's description and type of the key under `pos` in block YAML, if the schema knows it. */
export function schemaHover(schema: JsonSchema, text: string, pos: number): SchemaHover | undefined {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = text.indexOf('\n', pos);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const m = /^([\s-]*)([A-Za-z_$][\w$.-]*)\s*:/.exec(line);
  if (!m) return undefined;
  const from = lineStart + m[1]!.length;
  const to = from + m[2]!.length;
  if (pos < from || pos > to) return undefined;
  const place = yamlPathAt(text, to);
  if (!place || place.at !== 'key') return undefined;
  const found = schemaAt(schema, [...place.path, place.key]);
  const described = found.find((s) => s.description);
  if (found.length === 0) return undefined;
  const path = [...place.path, place.key].join('.').replace(/\.\*/g, '[]');
  return { from, to, path, type: found.map(typeOf).find((t) => t) ?? '', description: described?.description ?? '' };
}
