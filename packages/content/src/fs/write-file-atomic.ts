import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file through a temporary sibling and a rename, so a reader (or an interrupted run)
 * never sees half a file; leaves the file alone, mtime included, when its bytes would not change.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<'written' | 'unchanged'> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const current = await readFile(path).catch(() => undefined);
  if (current !== undefined && Buffer.compare(current, bytes) === 0) return 'unchanged';
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (cause) {
    await rm(temp, { force: true });
    throw cause;
  }
  return 'written';
}
