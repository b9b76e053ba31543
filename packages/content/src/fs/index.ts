export { checkDiagrams } from './check-diagrams.js';
export { regenerateDiagrams } from './regenerate-diagrams.js';
export { watchDiagrams } from './watch-diagrams.js';
export type { WatchDiagramsOptions, WatchResult } from './watch-diagrams.js';
export { writeFileAtomic } from './write-file-atomic.js';
export type { CourseModule, CourseResult, DiagramProblem, DiagramsOptions, DiagramsResult, DiagramTarget, LoadModelOptions, LoadModelResult, OutdatedDiagram } from './types.js';
export { loadCourse } from './load-course.js';
export { loadModel } from './load-model.js';
