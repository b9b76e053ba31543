import type { Token } from 'markdown-it';
import type { LessonFrontmatter, ResolvedFrontmatter } from './frontmatter.js';
import { lessonSlug } from './lesson-slug.js';

/** Longest default excerpt, in characters; a longer first paragraph is cut at a word. */
const EXCERPT_LENGTH = 160;

/** The module of lessons whose folder gives no name. */
const DEFAULT_MODULE = 'Lessons';

/**
 * The frontmatter with every field a lesson left out filled in from its file and its body;
 * `position` is the 1-based place of the file in its folder, for an order no name gives.
 */
export function resolveFrontmatter(written: LessonFrontmatter, file: string, tokens: readonly Token[], position = 1): ResolvedFrontmatter {
  return {
    id: written.id ?? lessonSlug({ file }),
    order: written.order ?? leadingNumber(file) ?? position,
    title: written.title,
    excerpt: written.excerpt ?? firstParagraph(tokens),
    coverImage: written.coverImage ?? '',
    module: written.module ?? moduleName(file),
    videoId: written.videoId ?? '',
    duration: written.duration ?? '',
  };
}

/** The number a file name starts with, such as 3 for `03-pods.md`. */
function leadingNumber(file: string): number | undefined {
  const m = /^(\d+)(?=[-_. ])/.exec(lessonSlug({ file }) + ' ');
  return m ? Number(m[1]) : undefined;
}

/** A folder name as a module name: `02-working_with-pods` reads "Working with pods". */
function prettyName(folder: string): string {
  const words = folder.replace(/^\d+(?:[-_. ]+|$)/, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? DEFAULT_MODULE : words[0]!.toUpperCase() + words.slice(1);
}

function moduleName(file: string): string {
  const parts = file.replaceAll('\\', '/').split('/');
  return prettyName(parts.at(-2) ?? '');
}

// The first paragraph outside lists and quotes that has text (a picture alone has none).
function firstParagraph(tokens: readonly Token[]): string {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'paragraph_open' || tokens[i]!.level !== 0) continue;
    const text = textOf(tokens[i + 1]);
    if (text !== '') return shorten(text, EXCERPT_LENGTH);
  }
  return '';
}

function textOf(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord === '' ? cut : atWord).replace(/[\s,;:.]+$/, '')}…`;
}
