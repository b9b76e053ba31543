import { applyTextPatch } from './_text-patch.ts';
import type { PictureReply, PictureRequest, WarmUpRequest, WorkerReply } from './types.ts';

/** The page's side of the render worker. */
export interface PictureClient {
  /** Asks for a picture of this text and these settings; only the latest request is ever answered. */
  request(request: Omit<PictureRequest, 'id'>): void;
}

/** Where the render worker's script is, beside the page's own. */
export const WORKER_URL = new URL('./render-worker.js', import.meta.url);

// A small model is drawn in the page, in the task of the keystroke: the picture then shows in the
// frame that shows the typed text. A worker's answer comes a task later, after that frame, and
// shows a frame later, a longer wait than drawing a small model takes (the course's 39 elements
// take about 5 ms). Past this many elements the worker draws, so typing never waits for the picture.
const IN_PAGE_ELEMENTS = 100;
// Copies of its first picture the worker draws while the page is idle, so that the first
// keystrokes find the drawing code already compiled for speed (see WarmUpRequest).
const WARM_UP_DRAWS = 12;

/**
 * Draws pictures and hands each answer to `show`, on the page's thread: a small model in the page
 * at once, a bigger one in a module worker so typing never waits for it. One request is out to the
 * worker at a time: text typed meanwhile waits, each newer text replacing the older, and an answer
 * that a newer request has overtaken is dropped, so a slow model never draws a queue of stale
 * pictures. Where no worker starts, every picture is drawn in the page.
 */
export function createPictureClient(show: (reply: PictureReply, sentAt: number) => void): PictureClient {
  let last = 0;
  // Elements in the last model drawn; unknown at first, so the first picture is the worker's.
  let size = Infinity;
  const noteSize = (reply: PictureReply) => {
    if (reply.ok) size = reply.elements.length;
  };
  let out: { request: PictureRequest; sentAt: number } | undefined;
  let waiting: PictureRequest | undefined;
  let worker: Worker | undefined;
  let drawHere: ((request: PictureRequest) => PictureReply) | undefined;
  const drawing = import('./create-picture-drawer.ts').then(({ createPictureDrawer }) => (drawHere = createPictureDrawer()));
  const unpatch = createUnpatch();
  const warmUp = once(() => whenIdle(() => worker?.postMessage({ warmUp: WARM_UP_DRAWS } satisfies WarmUpRequest)));

  // Drawn in a microtask, still before the frame: the editor announces a change before it has
  // taken it in, and the reply's problems go to the editor; requests made in one go draw once.
  const inPage = (request: PictureRequest) => {
    const sentAt = performance.now();
    const answer = (draw: (request: PictureRequest) => PictureReply) => {
      if (request.id !== last) return;
      const reply = draw(request);
      noteSize(reply);
      show(reply, sentAt);
    };
    if (drawHere) queueMicrotask(() => answer(drawHere!));
    else void drawing.then(answer);
  };
  const send = (request: PictureRequest) => {
    if (!worker || (drawHere && size <= IN_PAGE_ELEMENTS)) return inPage(request);
    out = { request, sentAt: performance.now() };
    worker.postMessage(request);
  };
  worker = startWorker(
    (data) => {
      const sentAt = out?.sentAt ?? performance.now();
      out = undefined;
      const reply = unpatch(data);
      noteSize(reply);
      const next = waiting;
      waiting = undefined;
      if (next) send(next);
      else if (reply.id === last) show(reply, sentAt);
      if (!next) warmUp();
    },
    () => {
      worker = undefined;
      const lost = waiting ?? out?.request;
      out = waiting = undefined;
      if (lost) inPage(lost);
    },
  );
  return {
    request(request) {
      const numbered = { ...request, id: ++last };
      if (out) waiting = numbered;
      else send(numbered);
    },
  };
}

// The worker sends each picture as a change of the one it sent before.
function createUnpatch(): (reply: WorkerReply) => PictureReply {
  let fromWorker = { svg: '', markup: '' };
  return (reply) => {
    if (!reply.ok) return reply;
    fromWorker = { svg: applyTextPatch(fromWorker.svg, reply.svg), markup: applyTextPatch(fromWorker.markup, reply.markup) };
    return { ...reply, ...fromWorker };
  };
}

// The render worker, or undefined where none starts; one that fails later hands over to `onFail`.
function startWorker(onReply: (reply: WorkerReply) => void, onFail: () => void): Worker | undefined {
  try {
    const worker = new Worker(WORKER_URL, { type: 'module', name: 'kubegram-render' });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => onReply(event.data));
    // A worker that cannot start (an old browser, a stricter policy) leaves the drawing to the page.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      onFail();
    });
    return worker;
  } catch {
    return undefined;
  }
}

const once = (run: () => void) => {
  let done = false;
  return () => void (done || ((done = true), run()));
};

// Once the page has nothing left to do; where requestIdleCallback is missing, a little later.
function whenIdle(then: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: 2000 });
  else setTimeout(then, 300);
}
