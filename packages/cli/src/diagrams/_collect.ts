import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentError, DiagramRef } from '@kubegram/content';

/** Folders never searched for Markdown: dependencies, build output, version control. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.turbo']);

/** Every Markdown file under `dir`, sorted, skipping dependency, build and hidden folders. */
export async function markdownFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !SKIP.has(entry.name) && !entry.name.startsWith('.')) await walk(join(folder, entry.name));
      else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(join(folder, entry.name));
    }
  };
  await walk(dir);
  return out;
}

/** The diagram references of one Markdown file (frontmatter and all: line numbers match the file). */
export async function refsOf(file: string): Promise<{ refs: DiagramRef[]; errors: ContentError[] }> {
  const { findDiagramRefs } = await import('@kubegram/content');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // Deleted between the listing (or the watch event) and the read: it references nothing now.
    return { refs: [], errors: [] };
  }
  return findDiagramRefs(text, file, 1);
}
