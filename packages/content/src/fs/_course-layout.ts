import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_EXTENSIONS } from '../model-extensions.js';
import { skipsFolder } from './_collect.js';

/** What a course folder holds besides its lessons' text: module folders without lessons, and model files. */
export interface CourseLayout {
  /** Module folders (directly under the course folder) that hold no lesson. */
  emptyFolders: string[];
  /** Whether lessons sit directly in the course folder (a flat course, where other folders are not modules). */
  flat: boolean;
  /**
   * The YAML and JSON models in `<dir>/models`, sorted. Modules are left out: one there may be a
   * helper that models import rather than a model, and running it to find out is not checking.
   */
  models: string[];
}

const isLesson = (name: string): boolean => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md';
const isModel = (name: string): boolean => DATA_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Lists the module folders without lessons and the model files of the course folder `dir`, as `loadCourse` reads it. */
export async function courseLayout(dir: string): Promise<CourseLayout> {
  const top = await entries(dir);
  const files: CourseLayout = { emptyFolders: [], flat: top.some((e) => e.isFile() && isLesson(e.name)), models: [] };
  for (const entry of top) {
    if (!entry.isDirectory() || skipsFolder(entry.name)) continue;
    const inside = await entries(join(dir, entry.name));
    if (entry.name === 'models') files.models = inside.filter((e) => e.isFile() && isModel(e.name)).map((e) => join(dir, entry.name, e.name));
    else if (!inside.some((e) => e.isFile() && isLesson(e.name))) files.emptyFolders.push(join(dir, entry.name));
  }
  return files;
}

async function entries(dir: string) {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    // loadCourse reports a course folder it cannot read; a module folder that vanished holds nothing.
    return [];
  }
}
