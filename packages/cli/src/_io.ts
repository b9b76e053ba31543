import { relative, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CliError, inputError } from './_errors.js';
import { interrupts } from './_interrupt.js';
import { EXIT, type CliIo } from './types.js';

// Loaded when a file is read or written: node:fs/promises brings readline and the streams with
// it, a cost a command printing a preset to standard output need not pay.
const fsPromises = () => import('node:fs/promises');

/** What happened to one output file. */
export type WriteOutcome = 'written' | 'unchanged';

/**
 * Writes a command's result where `-o` points: standard output for `-` (or no `-o`), otherwise
 * the file, atomically. Refuses (exit 2) to write over one of `inputs`, the files
 * the result was made from, whatever name or link leads to it.
 */
export async function writeOutput(output: string | undefined, data: string | Uint8Array, io: CliIo, inputs: readonly string[]): Promise<void> {
  if (output === undefined || output === '-') return writeStream(io.stdout, data);
  const path = resolve(io.cwd, output);
  const input = await sameFile(path, inputs);
  if (input !== undefined) {
    throw inputError(`-o ${output} would overwrite ${displayPath(input, io.cwd)}, the input this command reads; give another output file`);
  }
  await writeFileShown(path, data, output);
}

/**
 * Writes a file as `@kubegram/content`'s `writeFileAtomic` does (nothing lost or half-written,
 * links kept, devices and FIFOs written through), with its temporary file removed on Ctrl-C. A
 * failure (exit 2) names the file as `shown`.
 */
async function writeFileShown(path: string, data: string | Uint8Array, shown: string): Promise<WriteOutcome> {
  // Loaded when a file is written, so that commands printing to standard output start fast.
  const { writeFileAtomic: write } = await import('@kubegram/content/fs');
  try {
    return await write(path, data, { onTemp: interrupts.track });
  } catch (cause) {
    throw new CliError(`${shown}: ${(cause as NodeJS.ErrnoException).code === 'EISDIR' ? '' : 'could not write: '}${describeFsError(cause)}`, EXIT.usage);
  }
}

/** Which of `inputs` is the same file as `path` (same device and inode), if `path` is an existing regular file. */
async function sameFile(path: string, inputs: readonly string[]): Promise<string | undefined> {
  const { stat } = await fsPromises();
  const output = await stat(path, { bigint: true }).catch(() => undefined);
  if (output === undefined || !output.isFile()) return undefined;
  for (const input of inputs) {
    const s = await stat(input, { bigint: true }).catch(() => undefined);
    if (s !== undefined && s.dev === output.dev && s.ino === output.ino) return input;
  }
  return undefined;
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
    return read(await (await fsPromises()).readFile(resolve(io.cwd, arg)), file);
  } catch (cause) {
    throw inputError(`${file}: ${describeFsError(cause)}`);
  }
}

/**
 * Writes to a stream and waits until it has taken the data, so piping never truncates. A failure
 * (a full disk behind a redirection) is an error naming the stream; a reader that closed the pipe
 * (`kubegram render ... | head`) is not one: the run ends quietly when the stream says so.
 */
export function writeStream(stream: Writable, data: string | Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    stream.write(data, (error) => {
      if (error === undefined || error === null || (error as NodeJS.ErrnoException).code === 'EPIPE') done();
      else fail(new CliError(`${streamName(stream)}: could not write: ${describeFsError(error)}`, EXIT.usage));
    });
  });
}

function streamName(stream: Writable): string {
  const fd = (stream as { fd?: unknown }).fd;
  return fd === 1 ? 'standard output' : fd === 2 ? 'standard error' : 'the output';
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
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return (cause as Error).message;
  }
}
