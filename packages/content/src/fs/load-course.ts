import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseLesson } from '../parse-lesson.js';
import { slugify } from '../slugify.js';
import type { ContentError, Lesson } from '../types.js';
import { courseFiles } from './_course-files.js';
import type { CourseModule, CourseResult } from './types.js';

/**
 * Reads a course folder: the `*.md` lessons directly in `dir` (a flat course) and in each folder
 * in it (`<dir>/<module>/*.md`), sorted by `order`, grouped into modules. Never throws;
 * unreadable folders, bad lessons, duplicate ids or written orders, a folder mixing modules and a
 * course with no lesson come back as errors, folders of Markdown left out as warnings.
 */
export async function loadCourse(dir: string): Promise<CourseResult> {
  const root = resolve(dir);
  let listed;
  try {
    listed = await courseFiles(root);
  } catch (cause) {
    return { lessons: [], modules: [], errors: [{ file: root, path: '', message: `could not read the course folder: ${reason(cause)}` }], warnings: [] };
  }
  const errors: ContentError[] = [];
  const lessons: Lesson[] = [];
  for (const folder of listed.folders) {
    const inFolder = await readFolder(folder.files, errors);
    const first = inFolder[0];
    for (const lesson of inFolder.slice(1)) {
      if (first && lesson.frontmatter.module !== first.frontmatter.module) {
        errors.push({ file: lesson.file, path: 'module', message: `expected module "${first.frontmatter.module}" like the other lessons in ${basename(folder.dir)}/ (${first.file}), got "${lesson.frontmatter.module}"` });
      }
    }
    lessons.push(...inFolder);
  }
  if (lessons.length === 0 && errors.length === 0) {
    errors.push({ file: root, path: '', message: `found no lessons: expected Markdown files starting with frontmatter, such as ${root}/01-pods.md or ${root}/<module>/01-pods.md` });
  }
  lessons.sort((a, b) => a.frontmatter.order - b.frontmatter.order || a.file.localeCompare(b.file));
  errors.push(...duplicates(lessons));
  return { lessons, modules: modulesOf(lessons), errors, warnings: listed.warnings };
}

// The lessons of one folder; a lesson's place in it is its order when nothing else gives one.
async function readFolder(files: readonly string[], errors: ContentError[]): Promise<Lesson[]> {
  const lessons: Lesson[] = [];
  for (const [i, file] of files.entries()) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (cause) {
      errors.push({ file, path: '', message: `could not read the lesson: ${reason(cause)}` });
      continue;
    }
    const parsed = parseLesson(text, file, { position: i + 1 });
    if (parsed.ok) lessons.push(parsed.lesson);
    else errors.push(...parsed.errors);
  }
  return lessons;
}

// Ids are unique in the course; so are orders that lessons write (defaults may repeat: every
// module folder may number its lessons from 01).
function duplicates(lessons: readonly Lesson[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const field of ['id', 'order'] as const) {
    const seen = new Map<string, Lesson>();
    for (const lesson of lessons) {
      if (field === 'order' && lesson.written.order === undefined) continue;
      const key = String(lesson.frontmatter[field]);
      const other = seen.get(key);
      const hint = field === 'id' && lesson.written.id === undefined ? ` (write an id: field in one of them)` : '';
      if (other) errors.push({ file: lesson.file, path: field, message: `duplicate lesson ${field} ${JSON.stringify(lesson.frontmatter[field])}: ${other.file} has it too; expected each lesson to have its own${hint}` });
      else seen.set(key, lesson);
    }
  }
  return errors;
}

function modulesOf(lessons: readonly Lesson[]): CourseModule[] {
  const modules = new Map<string, CourseModule>();
  for (const lesson of lessons) {
    const name = lesson.frontmatter.module;
    const mod = modules.get(name) ?? { name, slug: slugify(name), lessons: [] };
    mod.lessons.push(lesson);
    modules.set(name, mod);
  }
  return [...modules.values()];
}

function reason(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  return cause instanceof Error ? cause.message : String(cause);
}
