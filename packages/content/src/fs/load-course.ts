import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseLesson } from '../parse-lesson.js';
import { slugify } from '../slugify.js';
import type { ContentError, Lesson } from '../types.js';
import type { CourseModule, CourseResult } from './types.js';

/**
 * Reads a course folder: every `<dir>/<module>/*.md` lesson (README.md files and the `models`
 * folder are skipped), sorted by `order`, grouped into modules. Never throws; unreadable folders,
 * bad lessons, duplicate ids or orders and a folder mixing modules come back as errors.
 */
export async function loadCourse(dir: string): Promise<CourseResult> {
  const root = resolve(dir);
  const errors: ContentError[] = [];
  let folders: string[];
  try {
    const entries = await readdir(root, { withFileTypes: true });
    folders = entries.filter((e) => e.isDirectory() && e.name !== 'models' && !e.name.startsWith('.') && e.name !== 'node_modules').map((e) => e.name).sort();
  } catch (cause) {
    return { lessons: [], modules: [], errors: [{ file: root, path: '', message: `could not read the course folder: ${reason(cause)}` }] };
  }

  const lessons: Lesson[] = [];
  for (const folder of folders) {
    const names = (await readdir(join(root, folder), { withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
      .map((e) => e.name)
      .sort();
    const inFolder: Lesson[] = [];
    for (const name of names) {
      const file = join(root, folder, name);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (cause) {
        errors.push({ file, path: '', message: `could not read the lesson: ${reason(cause)}` });
        continue;
      }
      const parsed = parseLesson(text, file);
      if (parsed.ok) inFolder.push(parsed.lesson);
      else errors.push(...parsed.errors);
    }
    const first = inFolder[0];
    for (const lesson of inFolder.slice(1)) {
      if (first && lesson.frontmatter.module !== first.frontmatter.module) {
        errors.push({ file: lesson.file, path: 'module', message: `expected module "${first.frontmatter.module}" like the other lessons in ${folder}/ (${first.file}), got "${lesson.frontmatter.module}"` });
      }
    }
    lessons.push(...inFolder);
  }

  lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.file.localeCompare(b.file));
  for (const field of ['id', 'order'] as const) {
    const seen = new Map<string, Lesson>();
    for (const lesson of lessons) {
      const key = String(lesson.frontmatter[field]);
      const other = seen.get(key);
      if (other) errors.push({ file: lesson.file, path: field, message: `duplicate lesson ${field} ${JSON.stringify(lesson.frontmatter[field])}: ${other.file} has it too; expected each lesson to have its own` });
      else seen.set(key, lesson);
    }
  }

  const modules = new Map<string, CourseModule>();
  for (const lesson of lessons) {
    const name = lesson.frontmatter.module;
    const mod = modules.get(name) ?? { name, slug: slugify(name), lessons: [] };
    mod.lessons.push(lesson);
    modules.set(name, mod);
  }
  return { lessons, modules: [...modules.values()], errors };
}

function reason(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  return cause instanceof Error ? cause.message : String(cause);
}
