import * as z from 'zod';

/** The frontmatter every lesson starts with; unknown and missing fields are errors. */
export const LessonFrontmatter = z.strictObject({
  id: z.string().min(1).describe('Unique id of the lesson in the course, such as "3".'),
  order: z.number().describe('Position of the lesson in the course and in its module.'),
  title: z.string().min(1).describe('Title of the lesson.'),
  excerpt: z.string().describe('One line about the lesson, for lists and link previews.'),
  coverImage: z.string().describe("Path of a cover image, or '' for none."),
  module: z.string().min(1).describe('Name of the module the lesson belongs to, such as "Architecture".'),
  videoId: z.string().describe("Id of the lesson's video, or '' for none."),
  duration: z.string().describe("Reading or video time, such as '12 min', or '' for none."),
});
/** The frontmatter every lesson starts with. */
export type LessonFrontmatter = z.infer<typeof LessonFrontmatter>;

/** The frontmatter fields in the order lessons write them. */
export const FRONTMATTER_FIELDS = Object.keys(LessonFrontmatter.shape) as (keyof LessonFrontmatter)[];
