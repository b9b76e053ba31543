// The render worker: draws the picture away from the page's thread, so the editor answers every
// keystroke at once however long a big model takes. zod is told not to compile before any schema
// is built (see main.ts), so the drawing code loads after that; requests that come in meanwhile
// wait for it, in order.
import './_no-eval.ts';
import { textPatch } from './_text-patch.ts';
import type { PictureRequest, WorkerReply } from './types.ts';

interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PictureRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const drawing = import('./create-picture-drawer.ts').then(({ createPictureDrawer }) => {
  const drawPicture = createPictureDrawer();
  // The page rebuilds each picture from the last one this worker sent it.
  let sent = { svg: '', markup: '' };
  return (request: PictureRequest): WorkerReply => {
    const reply = drawPicture(request);
    if (!reply.ok) return reply;
    const started = performance.now();
    const patched = { ...reply, svg: textPatch(sent.svg, reply.svg), markup: textPatch(sent.markup, reply.markup) };
    sent = { svg: reply.svg, markup: reply.markup };
    patched.times.prepare += performance.now() - started;
    return patched;
  };
});
scope.addEventListener('message', (event) => void drawing.then((draw) => scope.postMessage(draw(event.data))));
