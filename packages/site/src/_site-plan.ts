import { dirname, posix, resolve } from 'node:path';
import { lessonSlug, type Lesson } from '@kubegram/content';
import type { CourseModule } from '@kubegram/content/fs';
import type { NavLesson, NavModule } from './types.ts';

/** A lesson placed in the site: its module, its slug and its entry in the navigation. */
export interface SiteEntry {
  module: CourseModule;
  lesson: Lesson;
  slug: string;
  nav: NavLesson;
  /** The lesson's cover image: the file, and where the site serves it from the root. */
  cover?: { source: string; path: string };
}

/** Where every lesson's page goes: the navigation, the pages in order, and each lesson file's page. */
export interface SitePlan {
  nav: NavModule[];
  entries: SiteEntry[];
  /** The page path of each lesson, by its absolute file path. */
  pageOf: Map<string, string>;
}

/** Places each lesson of the course at `<module-slug>/<lesson-slug>.html`, in course order. */
export function planSite(modules: readonly CourseModule[]): SitePlan {
  const nav: NavModule[] = modules.map((m) => ({
    name: m.name,
    slug: m.slug,
    lessons: m.lessons.map((l) => ({ title: l.frontmatter.title, order: l.frontmatter.order, path: `${m.slug}/${lessonSlug(l)}.html` })),
  }));
  const entries = modules.flatMap((module, i) =>
    module.lessons.map((lesson, j): SiteEntry => {
      const slug = lessonSlug(lesson);
      const image = lesson.frontmatter.coverImage;
      const cover = image === '' ? {} : { cover: { source: resolve(dirname(lesson.file), image), path: `${module.slug}/media/${slug}/${posix.basename(image.replaceAll('\\', '/'))}` } };
      return { module, lesson, slug, nav: nav[i]!.lessons[j]!, ...cover };
    }),
  );
  const pageOf = new Map(entries.map((e) => [resolve(e.lesson.file), e.nav.path]));
  return { nav, entries, pageOf };
}
