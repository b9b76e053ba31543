import { randomBytes } from 'node:crypto';
import { close, fchmod, openSync, write } from 'node:fs';
import { mkdir, readFile, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** Options for `writeFileAtomic`. */
export interface WriteFileAtomicOptions {
  /**
   * Told of each temporary file just before it is created; the function it returns is called once
   * the file is renamed or removed. A command line uses it to remove the file on Ctrl-C.
   */
  onTemp?: (temp: string) => () => void;
}

/**
 * Writes a file so that nothing already there is lost or left half-written. A regular file (or a
 * new one) is replaced through a temporary sibling and a rename, keeping its permissions, and left
 * alone, mtime included, when its bytes would not change. A symbolic link stays a link: the file it
 * points to is written. A device or a FIFO (`/dev/null`, a named pipe) is written through, as a
 * shell redirection would. A folder in the way is an `EISDIR` error; no temporary file survives a
 * failure.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, opts: WriteFileAtomicOptions = {}): Promise<'written' | 'unchanged'> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const target = await followLinks(path);
  const existing = await stat(target).catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === 'ENOENT') return undefined;
    throw cause;
  });
  if (existing?.isDirectory()) throw Object.assign(new Error(`${path}: is a directory, expected a file`), { code: 'EISDIR' });
  if (existing !== undefined && !existing.isFile()) {
    await writeFile(target, bytes);
    return 'written';
  }
  if (existing !== undefined && Buffer.compare(await readFile(target), bytes) === 0) return 'unchanged';
  await mkdir(dirname(target), { recursive: true });
  await replace(target, bytes, existing?.mode, opts.onTemp);
  return 'written';
}

const writeFd = promisify(write);
const closeFd = promisify(close);
const chmodFd = promisify(fchmod);

async function replace(target: string, bytes: Uint8Array, mode: number | undefined, onTemp: WriteFileAtomicOptions['onTemp']): Promise<void> {
  // A dot-name with a random part: hidden from most tools, and never shared by two writes.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const forget = onTemp?.(temp);
  try {
    // Created synchronously, so that a signal handled from here on always finds it to remove;
    // the writing itself goes to the open descriptor and never creates the name again.
    const fd = openSync(temp, 'wx');
    try {
      for (let at = 0; at < bytes.length; ) at += (await writeFd(fd, bytes, at, bytes.length - at)).bytesWritten;
      if (mode !== undefined) await chmodFd(fd, mode & 0o7777);
    } finally {
      await closeFd(fd);
    }
    await rename(temp, target);
  } catch (cause) {
    await rm(temp, { force: true });
    throw cause;
  } finally {
    forget?.();
  }
}

/** The file a path finally names once every symbolic link is followed, even a link to a file yet to be made. */
async function followLinks(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      link = await readlink(current);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT') return current;
      throw cause;
    }
    // Relative to the folder the link is really in, as the system resolves it.
    current = resolve(await realpath(dirname(current)), link);
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}
