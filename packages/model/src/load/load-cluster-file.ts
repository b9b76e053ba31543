import { readFile } from 'node:fs/promises';
import { parseClusterText } from './parse-cluster-text.js';
import type { LoadResult } from './types.js';

/**
 * Reads a YAML or JSON model file (UTF-8) and checks it. Never throws for a missing or bad file:
 * the result lists every problem with the file, the model path, and the line and column.
 */
export async function loadClusterFile(path: string): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message;
    return {
      ok: false,
      file: path,
      errors: [{ file: path, path: '', code: 'unreadable', severity: 'error', message: `could not read the model file: ${reason}` }],
      warnings: [],
    };
  }
  return parseClusterText(bytes, path);
}
