/** The parts of a JSON Schema (draft 2020-12, as `@kubegram/model/schema.json` is written) the editor reads. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

/** A schema with its alternatives (`anyOf`, `oneOf`, `allOf`) spread out into a flat list. */
export function alternatives(schema: JsonSchema): JsonSchema[] {
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return nested.length === 0 ? [schema] : [schema, ...nested.flatMap(alternatives)];
}

/**
 * The schemas that may describe the value at a path of keys (`*` for any list item), every
 * alternative kept: the model's components are one of several shapes told apart by `kind`.
 */
export function schemaAt(root: JsonSchema, path: readonly string[]): JsonSchema[] {
  let current = alternatives(root);
  for (const part of path) {
    const next = current.flatMap((s) => (part === '*' ? (s.items ? [s.items] : []) : s.properties?.[part] ? [s.properties[part]!] : []));
    current = next.flatMap(alternatives);
    if (current.length === 0) break;
  }
  return current;
}
