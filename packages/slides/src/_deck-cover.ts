import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, posix, resolve } from 'node:path';
import { formatProblem, type Lesson } from '@kubegram/content';

/** A lesson's cover image as its deck shows it: the file, and its path from the deck's folder. */
export interface DeckCover {
  source: string;
  /** `media/<lesson-slug>/<file name>`: inside the deck's folder whatever the frontmatter writes. */
  href: string;
}

// The types a cover is inlined with in a PDF deck; Chromium sniffs anything else from its bytes.
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

/** Where the deck of a lesson (with slug `slug`) takes its cover from and puts it; undefined without one. */
export function deckCover(lesson: Lesson, slug: string): DeckCover | undefined {
  const image = lesson.frontmatter.coverImage;
  if (image === '') return undefined;
  return { source: resolve(dirname(lesson.file), image), href: `media/${slug}/${posix.basename(image.replaceAll('\\', '/'))}` };
}

/** The problem of a cover that is not a file, naming the lesson and `coverImage`; undefined when it is one. */
export async function coverProblem(lesson: Lesson, cover: DeckCover): Promise<string | undefined> {
  if (await stat(cover.source).then((s) => s.isFile(), () => false)) return undefined;
  return formatProblem({
    file: lesson.file,
    path: 'coverImage',
    message: `no file at ${cover.source}: expected an image file, with a path relative to the lesson, such as coverImage: images/cover.png`,
  });
}

/** Copies the cover to its place beside a deck written in `deckDir`. */
export async function copyCover(cover: DeckCover, deckDir: string): Promise<void> {
  const to = join(deckDir, cover.href);
  await mkdir(dirname(to), { recursive: true });
  await copyFile(cover.source, to);
}

/**
 * The cover as a data: URL. A PDF is printed from a copy of the deck in a temporary folder, where
 * Chromium may not read local files, so its cover goes inside the deck.
 */
export async function coverDataUrl(cover: DeckCover): Promise<string> {
  const type = MEDIA_TYPES[extname(cover.source).toLowerCase()] ?? 'application/octet-stream';
  return `data:${type};base64,${(await readFile(cover.source)).toString('base64')}`;
}
