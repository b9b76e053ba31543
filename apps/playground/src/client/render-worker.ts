// The render worker: draws the picture away from the page's thread, so the editor answers every
// keystroke at once however long a big model takes. zod is told not to compile before any schema
// is built (see main.ts), so the drawing code loads after that; requests that come in meanwhile
// wait for it, in order.
import './_no-eval.ts';
import type { PictureReply, PictureRequest } from './types.ts';

interface WorkerScope {
  postMessage(message: PictureReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PictureRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const drawing = import('./draw-picture.ts');
scope.addEventListener('message', (event) => void drawing.then(({ drawPicture }) => scope.postMessage(drawPicture(event.data))));
