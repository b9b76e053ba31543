import { formats } from './formats.js';
import type { OutputFormat } from './types.js';

/** The output format of a name; throws for an unknown one, naming the valid ones. */
export function formatNamed(name: string): OutputFormat {
  const format = formats.find((f) => f.name === name);
  if (!format) throw new Error(`unknown format "${name}": expected one of ${formats.map((f) => f.name).join(', ')} (for example "svg")`);
  return format;
}
