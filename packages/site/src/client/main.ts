// The site's only script: makes every inline diagram explorable with a pointer and a keyboard, and
// lets the reader open it in a full-window view at a readable size.
import { enhanceDiagram } from './enhance-diagram.ts';
import { addZoom } from './zoom-dialog.ts';

for (const figure of document.querySelectorAll<HTMLElement>('[data-kg-diagram]')) {
  enhanceDiagram(figure);
  addZoom(figure);
}
