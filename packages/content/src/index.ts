export { findDiagramRefs } from './find-diagram-refs.js';
export { formatProblem } from './format-problem.js';
export type { LocatedProblem } from './format-problem.js';
export { FRONTMATTER_FIELDS, LessonFrontmatter } from './frontmatter.js';
export { modelKey } from './model-key.js';
export { parseLesson } from './parse-lesson.js';
export { slugify } from './slugify.js';
export type { ContentError, DiagramModel, DiagramRef, DiagramRefsResult, Heading, Lesson, LessonResult, Section } from './types.js';
