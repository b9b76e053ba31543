export { enhanceDiagram } from './enhance-diagram.ts';
export { addZoom } from './zoom-dialog.ts';
export { prepareSvg } from '../prepare-svg.ts';
export type { PrepareSvgOptions } from '../prepare-svg.ts';
