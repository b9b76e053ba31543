export { checkDiagrams } from './check-diagrams.js';
export { regenerateDiagrams } from './regenerate-diagrams.js';
export { watchDiagrams } from './watch-diagrams.js';
export type { WatchDiagramsOptions, WatchResult } from './watch-diagrams.js';
export { writeFileAtomic } from './write-file-atomic.js';
export type { DiagramProblem, DiagramsOptions, DiagramsResult, DiagramTarget, OutdatedDiagram } from './types.js';
export { loadCourse, loadModel } from '../node/index.js';
export type { CourseModule, CourseResult, LoadModelOptions, LoadResult } from '../node/index.js';
