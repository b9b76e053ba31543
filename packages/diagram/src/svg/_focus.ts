export { focusViewBox } from '../layout/focus-view-box.js';
