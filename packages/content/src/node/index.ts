export { loadCourse } from './load-course.js';
export { loadModel } from './load-model.js';
export type { CourseModule, CourseResult, LoadModelOptions, LoadResult } from './types.js';
