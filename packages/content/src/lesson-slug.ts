import type { Lesson } from './types.js';

/**
 * A lesson's URL segment: its file name without `.md`, so the site's pages and the decks agree on
 * `<module-slug>/<lesson-slug>.html`.
 */
export function lessonSlug(lesson: Pick<Lesson, 'file'>): string {
  const file = lesson.file.replaceAll('\\', '/');
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}
