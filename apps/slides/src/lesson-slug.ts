import { posix } from 'node:path';
import type { Lesson } from '@kubegram/content';

/** A lesson's file name without `.md`: decks are `<module-slug>/<lesson-slug>.html`, as the site links them. */
export function lessonSlug(lesson: Pick<Lesson, 'file'>): string {
  return posix.basename(lesson.file.replaceAll('\\', '/')).replace(/\.md$/i, '');
}
