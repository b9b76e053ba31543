import { posix } from 'node:path';
import type { Lesson } from '@kubegram/content';

/**
 * A lesson's URL segment: its file name without `.md`, as the decks name theirs, so the site and
 * the decks agree on `<module-slug>/<lesson-slug>.html`.
 */
export function lessonSlug(lesson: Pick<Lesson, 'file'>): string {
  return posix.basename(lesson.file.replaceAll('\\', '/')).replace(/\.md$/i, '');
}
