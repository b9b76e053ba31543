import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findDiagramRefs } from '../find-diagram-refs.js';
import type { DiagramRefsResult } from '../types.js';

/** Folders never searched for Markdown: dependencies, build output, version control. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.turbo']);

/** True for a folder name the lesson search skips: dependencies, build output, hidden folders. */
export const skipsFolder = (name: string): boolean => SKIP.has(name) || name.startsWith('.');

/** Every Markdown file under `dir`, sorted, and every folder searched (`dir` first). */
export async function walkLessons(dir: string): Promise<{ files: string[]; folders: string[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    folders.push(folder);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      // A folder removed while it was being listed holds no lessons now.
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !skipsFolder(entry.name)) await walk(join(folder, entry.name));
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) files.push(join(folder, entry.name));
    }
  };
  await walk(dir);
  return { files, folders };
}

/** The diagram references of one Markdown file (frontmatter and all: line numbers match the file). */
export async function refsOf(file: string): Promise<DiagramRefsResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // Deleted between the listing (or the watch event) and the read: it references nothing now.
    return { refs: [], errors: [] };
  }
  return findDiagramRefs(text, file, 1);
}
