import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentError } from '../types.js';
import { skipsFolder } from './_collect.js';

/** The lesson files of a course, folder by folder, and the folders of Markdown left out. */
export interface CourseFiles {
  /** Each folder that holds lessons (the course folder itself for a flat course), with its lesson files, sorted. */
  folders: { dir: string; files: string[] }[];
  warnings: ContentError[];
}

const isLesson = (name: string) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md';

/**
 * Lists a course: the `*.md` lessons directly in `root` (a flat course) and in each folder in it
 * (a module each). `README.md` files, `models/` and hidden and dependency folders are not lessons;
 * a left-out folder that holds Markdown is a warning, so no lesson goes missing unsaid.
 */
export async function courseFiles(root: string): Promise<CourseFiles> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders: CourseFiles['folders'] = [];
  const warnings: ContentError[] = [];
  const own = entries.filter((e) => e.isFile() && isLesson(e.name)).map((e) => join(root, e.name)).sort();
  if (own.length > 0) folders.push({ dir: root, files: own });
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (skipsFolder(entry.name)) continue;
    const dir = join(root, entry.name);
    const inside = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const files = inside.filter((e) => e.isFile() && isLesson(e.name)).map((e) => join(dir, e.name)).sort();
    if (entry.name === 'models') {
      if (files.length > 0) warnings.push(skipped(root, dir, 'the models/ folder holds models, not lessons'));
    } else if (files.length > 0) folders.push({ dir, files });
    for (const sub of inside.filter((e) => e.isDirectory() && !skipsFolder(e.name))) {
      const deeper = join(dir, sub.name);
      if (await holdsMarkdown(deeper)) warnings.push(skipped(root, deeper, 'lessons are read from the course folder and the folders directly in it only'));
    }
  }
  return { folders, warnings };
}

function skipped(root: string, dir: string, why: string): ContentError {
  return { file: dir, path: '', message: `skipped ${relative(root, dir)}/ and the Markdown in it: ${why}; move lessons to <course>/<module>/<lesson>.md` };
}

async function holdsMarkdown(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  if (entries.some((e) => e.isFile() && isLesson(e.name))) return true;
  for (const e of entries) if (e.isDirectory() && !skipsFolder(e.name) && (await holdsMarkdown(join(dir, e.name)))) return true;
  return false;
}
