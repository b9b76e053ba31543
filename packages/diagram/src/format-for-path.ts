import { formats } from './formats.js';
import type { OutputFormat } from './types.js';

/** The output format a file name asks for by its extension (case ignored); undefined when none does. */
export function formatForPath(path: string): OutputFormat | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = name.slice(dot);
  return formats.find((f) => f.extensions.includes(extension));
}
