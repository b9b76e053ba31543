import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import { createImporter } from '../create-importer.js';
import type { ImportOptions, ImportProblem, ImportResult, TextSink } from '../types.js';

/** A stream to import, such as standard input, with the name problems should give it. */
export interface NamedStream {
  file: string;
  stream: AsyncIterable<string | Uint8Array>;
}

const READABLE = new Set(['.json', '.yaml', '.yml']);

/**
 * Imports files, folders and streams as one cluster. A file is streamed, so its size is no limit;
 * a folder (a support bundle, a manifests directory) is read recursively, its `.json`, `.yaml` and
 * `.yml` files in name order, skipping files that are not Kubernetes objects with a note.
 */
export async function importFiles(inputs: readonly (string | NamedStream)[], options: ImportOptions & { cwd?: string } = {}): Promise<ImportResult> {
  const importer = createImporter(options);
  const cwd = options.cwd ?? process.cwd();
  const problems: ImportProblem[] = [];
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
      await pipe(createReadStream(path, { highWaterMark: 1 << 20 }), importer.open(input));
      continue;
    }
    const files = (await listFiles(path)).filter((f) => READABLE.has(extname(f).toLowerCase()));
    if (files.length === 0) problems.push({ file: input, path: '', severity: 'error', message: 'the folder holds no .json, .yaml or .yml file; expected kubectl output or manifests in it' });
    for (const file of files) {
      const name = join(input, relative(path, file));
      await pipe(createReadStream(file, { highWaterMark: 1 << 20 }), importer.open(name, { skipBroken: true }));
    }
  }
  const result = importer.finish();
  if (problems.length === 0) return result;
  return { ok: false, errors: problems, notes: result.notes };
}

// Windows PowerShell 5 writes "kubectl get -o json > file" as UTF-16 with a byte order mark.
async function pipe(stream: AsyncIterable<string | Uint8Array>, sink: TextSink): Promise<void> {
  let decoder: TextDecoder | undefined;
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      sink.write(chunk);
      continue;
    }
    decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
    sink.write(decoder.decode(chunk, { stream: true }));
  }
  const rest = decoder?.decode() ?? '';
  if (rest !== '') sink.write(rest);
  sink.end();
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
  return cause.message;
}
