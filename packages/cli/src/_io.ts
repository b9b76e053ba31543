import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { inputError } from './_errors.js';
import type { CliIo } from './types.js';

/** What happened to one output file. */
export type WriteOutcome = 'written' | 'unchanged';

/**
 * Writes a file through a temporary sibling and a rename, so a reader (or an interrupted run)
 * never sees half a file; leaves the file alone, mtime included, when its bytes would not change.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<WriteOutcome> {
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

/** Reads all of a stream as UTF-8 text. */
export async function readStream(stream: Readable): Promise<string> {
  return (await readStreamBytes(stream)).toString('utf8');
}

async function readStreamBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Reads a file argument, or standard input for `-`, as bytes and as UTF-8 text (the bytes let a
 * loader report where text is not UTF-8); a missing or unreadable file is an input error.
 */
export async function readInput(arg: string, io: CliIo): Promise<{ text: string; bytes: Uint8Array; file: string }> {
  const read = (bytes: Buffer, file: string) => ({ text: bytes.toString('utf8'), bytes, file });
  if (arg === '-') return read(await readStreamBytes(io.stdin), '<stdin>');
  const file = displayPath(arg, io.cwd);
  try {
    return read(await readFile(resolve(io.cwd, arg)), file);
  } catch (cause) {
    throw inputError(`${file}: ${describeFsError(cause)}`);
  }
}

/** Writes to standard output and waits until the stream has taken it, so piping never truncates. */
export function writeStream(stream: Writable, data: string | Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    stream.write(data, (error) => (error ? fail(error) : done()));
  });
}

/** A path as the user should see it: relative to the working directory, as they would type it. */
export function displayPath(path: string, cwd: string): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  return rel === '' ? '.' : rel;
}

/** Turns a file-system error into words: "no such file", "permission denied". */
export function describeFsError(cause: unknown): string {
  switch ((cause as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return (cause as Error).message;
  }
}
