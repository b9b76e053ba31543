// The site's only script: makes every inline diagram explorable with a pointer and a keyboard.
import { enhanceDiagram } from './enhance-diagram.ts';

for (const figure of document.querySelectorAll<HTMLElement>('[data-kg-diagram]')) enhanceDiagram(figure);
