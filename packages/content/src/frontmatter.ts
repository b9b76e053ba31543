import * as z from 'zod';
import { videoUrl } from './video-url.js';

// A path relative to the lesson: no scheme, not absolute (the site copies the file beside the page).
const relativePath = (p: string) => p === '' || !(/^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('/') || p.startsWith('\\'));

/**
 * The frontmatter a lesson starts with. Only `title` is required; `parseLesson` fills in the rest
 * (see `ResolvedFrontmatter`). Unknown fields are errors, so a misspelt field is never ignored.
 */
export const LessonFrontmatter = z.strictObject({
  id: z.string().min(1).optional().describe('Unique id of the lesson in the course, such as "3"; by default the file name without ".md".'),
  order: z.number().optional().describe("Position of the lesson in the course; by default the file name's leading number (03-pods.md is 3), else its place in its folder."),
  title: z.string().min(1).describe('Title of the lesson.'),
  excerpt: z.string().optional().describe('One line about the lesson, for lists and link previews; by default its first paragraph, shortened.'),
  coverImage: z.string().refine(relativePath, 'expected a path relative to the lesson').optional().describe("Path of a cover image, relative to the lesson; '' or absent for none."),
  module: z.string().min(1).optional().describe("Name of the module the lesson belongs to, such as \"Architecture\"; by default its folder's name."),
  videoId: z
    .string()
    .refine((v) => v.trim() === '' || videoUrl(v) !== undefined, 'expected a YouTube video id or an https:// URL')
    .optional()
    .describe("The lesson's video: a YouTube id or an https:// URL; '' or absent for none."),
  duration: z.string().optional().describe("Reading or video time, such as '12 min'; '' or absent for none."),
});
/** The frontmatter as a lesson writes it. */
export type LessonFrontmatter = z.infer<typeof LessonFrontmatter>;

/** A lesson's frontmatter with every default filled in: what `Lesson.frontmatter` holds. */
export const ResolvedFrontmatter = LessonFrontmatter.required();
/** A lesson's frontmatter with every default filled in. */
export type ResolvedFrontmatter = z.infer<typeof ResolvedFrontmatter>;

/** The frontmatter fields in the order lessons write them. */
export const FRONTMATTER_FIELDS = Object.keys(LessonFrontmatter.shape) as (keyof LessonFrontmatter)[];
