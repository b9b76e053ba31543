import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import { createImporter } from '../create-importer.js';
import type { ImportOptions, ImportProblem, ImportResult, TextSink } from '../types.js';

// Chunks this small die young; chunks of a megabyte are allocated outside the young generation
// and wait for a full collection: with them, importing 272 MB of JSON peaked 60-90 MB higher and
// took twice the CPU time.
const CHUNK = 1 << 16;

/** A stream to import, such as standard input, with the name problems should give it. */
export interface NamedStream {
  file: string;
  stream: AsyncIterable<string | Uint8Array>;
}

const READABLE = new Set(['.json', '.yaml', '.yml']);
// sos reports keep kubectl output in files without an extension ("kubectl_get_-o_json_nodes").
const SNIFFED = new Set(['', '.txt', '.out']);

/**
 * Imports files, folders and streams as one cluster. A file is streamed, so its size is no limit;
 * a folder (a support bundle, an sos report, a manifests directory) is read recursively: its
 * `.json`, `.yaml` and `.yml` files, and files of other names that start like kubectl output, in
 * name order, skipping with a note the files that are not Kubernetes objects.
 */
export async function importFiles(inputs: readonly (string | NamedStream)[], options: ImportOptions & { cwd?: string } = {}): Promise<ImportResult> {
  const importer = createImporter(options);
  const cwd = options.cwd ?? process.cwd();
  const problems: ImportProblem[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    if (typeof input !== 'string') {
      await pipe(input.stream, importer.open(input.file));
      continue;
    }
    const path = resolve(cwd, input);
    const info = await stat(path).catch((cause: NodeJS.ErrnoException) => cause);
    if (info instanceof Error) {
      problems.push({ file: input, path: '', severity: 'error', message: describeFsError(info) });
      continue;
    }
    if (!info.isDirectory()) {
      const failed = await pipe(createReadStream(path, { highWaterMark: CHUNK }), importer.open(input));
      if (failed) problems.push({ file: input, path: '', severity: 'error', message: failed });
      continue;
    }
    const files: string[] = [];
    for (const f of await listFiles(path)) if (READABLE.has(extname(f).toLowerCase()) || (SNIFFED.has(extname(f).toLowerCase()) && (await looksLikeObjects(f)))) files.push(f);
    if (files.length === 0) problems.push({ file: input, path: '', severity: 'error', message: 'the folder holds no .json, .yaml or .yml file, nor kubectl output in files of other names; expected kubectl output or manifests in it' });
    for (const file of files) {
      const name = join(input, relative(path, file));
      const failed = await pipe(createReadStream(file, { highWaterMark: CHUNK }), importer.open(name, { skipBroken: true }));
      if (failed) skipped.push(`${name} (${failed})`);
    }
  }
  const result = importer.finish();
  if (skipped.length > 0) result.notes.push(`skipped files that could not be read: ${skipped.join(', ')}`);
  if (problems.length === 0) return result;
  return { ok: false, errors: problems, notes: result.notes };
}

/** Streams into the sink; gives why reading failed, or undefined. */
async function pipe(stream: AsyncIterable<string | Uint8Array>, sink: TextSink): Promise<string | undefined> {
  const text = createDecoder();
  try {
    for await (const chunk of stream) sink.write(typeof chunk === 'string' ? chunk : text.decode(chunk));
  } catch (cause) {
    return describeFsError(cause as NodeJS.ErrnoException);
  }
  const rest = text.flush();
  if (rest !== '') sink.write(rest);
  sink.end();
  return undefined;
}

// Windows PowerShell 5 writes "kubectl get -o json > file" as UTF-16 with a byte order mark.
function createDecoder() {
  let decoder: TextDecoder | undefined;
  return {
    decode(chunk: Uint8Array): string {
      decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
      return decoder.decode(chunk, { stream: true });
    },
    flush: (): string => decoder?.decode() ?? '',
  };
}

/** Whether a file of no telling name starts the way kubectl's JSON or YAML output does. */
async function looksLikeObjects(file: string): Promise<boolean> {
  const handle = await open(file).catch(() => undefined);
  if (handle === undefined) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(256), 0, 256, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').trimStart();
    return /^[{[]/.test(head) || /^(apiVersion|kind|items):/m.test(head);
  } finally {
    await handle.close();
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full)));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

function describeFsError(cause: NodeJS.ErrnoException): string {
  if (cause.code === 'ENOENT') return 'no such file or directory';
  if (cause.code === 'EACCES' || cause.code === 'EPERM') return 'permission denied';
  if (cause.code === 'EISDIR') return 'is a directory';
  return cause.message;
}
