// The render worker: draws the picture away from the page's thread, so the editor answers every
// keystroke at once however long a big model takes. zod is told not to compile before any schema
// is built (see main.ts), so the drawing code loads after that; requests that come in meanwhile
// wait for it, in order. Asked to warm up (see WarmUpRequest), it draws its last picture again
// until the next request comes.
import './_no-eval.ts';
import { textPatch } from './_text-patch.ts';
import type { PictureRequest, WarmUpRequest, WorkerReply } from './types.ts';

interface WorkerScope {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PictureRequest | WarmUpRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const drawing = import('./create-picture-drawer.ts').then(({ createPictureDrawer }) => {
  const drawPicture = createPictureDrawer();
  // The page rebuilds each picture from the last one this worker sent it.
  let sent = { svg: '', markup: '' };
  return (request: PictureRequest, copy = false): WorkerReply | undefined => {
    if (copy) return void drawPicture(request);
    const reply = drawPicture(request);
    if (!reply.ok) return reply;
    const started = performance.now();
    const patched = { ...reply, svg: textPatch(sent.svg, reply.svg), markup: textPatch(sent.markup, reply.markup) };
    sent = { svg: reply.svg, markup: reply.markup };
    patched.times.prepare += performance.now() - started;
    return patched;
  };
});
// The last request drawn, and a count of requests, so a warm-up stops at the first new one.
let last: PictureRequest | undefined;
let requests = 0;
scope.addEventListener('message', ({ data }) => {
  if ('warmUp' in data) return void drawing.then((draw) => warmUp(draw, requests, data.warmUp));
  requests++;
  void drawing.then((draw) => {
    last = data;
    scope.postMessage(draw(data)!);
  });
});

// Each copy is a task of its own, so a request that comes meanwhile waits for one copy at most.
function warmUp(draw: (request: PictureRequest, copy: boolean) => unknown, at: number, left: number): void {
  if (left <= 0 || requests !== at || !last) return;
  draw(last, true);
  setTimeout(() => warmUp(draw, at, left - 1), 0);
}
