import { readFile } from 'node:fs/promises';
import { parseClusterText, type LoadResult } from './parse-cluster-text.js';

/**
 * Reads a YAML or JSON model file and checks it. Never throws for a missing or bad file: the
 * result lists every problem with the file, the model path, and the line and column.
 */
export async function loadClusterFile(path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message;
    return {
      ok: false,
      file: path,
      errors: [{ file: path, path: '', code: 'unreadable', severity: 'error', message: `could not read the model file: ${reason}` }],
      warnings: [],
    };
  }
  return parseClusterText(text, path);
}
