import type { PictureReply, PictureRequest } from './types.ts';

/** The page's side of the render worker. */
export interface PictureClient {
  /** Asks for a picture of this text and these settings; only the latest request is ever answered. */
  request(request: Omit<PictureRequest, 'id'>): void;
}

/** Where the render worker's script is, beside the page's own. */
export const WORKER_URL = new URL('./render-worker.js', import.meta.url);

/**
 * Draws pictures in a module worker and hands each answer to `show`, on the page's thread. One
 * request is out at a time: text typed meanwhile waits, each newer text replacing the older, and
 * an answer that a newer request has overtaken is dropped, so a slow model never draws a queue
 * of stale pictures. Where no worker starts, the pictures are drawn in the page instead.
 */
export function createPictureClient(show: (reply: PictureReply, sentAt: number) => void): PictureClient {
  let last = 0;
  let out: { request: PictureRequest; sentAt: number } | undefined;
  let waiting: PictureRequest | undefined;
  let worker: Worker | undefined;

  const inPage = (request: PictureRequest) => {
    const sentAt = performance.now();
    void import('./draw-picture.ts').then(({ drawPicture }) => request.id === last && show(drawPicture(request), sentAt));
  };
  const send = (request: PictureRequest) => {
    if (!worker) return inPage(request);
    out = { request, sentAt: performance.now() };
    worker.postMessage(request);
  };
  try {
    worker = new Worker(WORKER_URL, { type: 'module', name: 'kubegram-render' });
    worker.addEventListener('message', (event: MessageEvent<PictureReply>) => {
      const sentAt = out?.sentAt ?? performance.now();
      out = undefined;
      const next = waiting;
      waiting = undefined;
      if (next) send(next);
      else if (event.data.id === last) show(event.data, sentAt);
    });
    // A worker that cannot start (an old browser, a stricter policy) leaves the drawing to the page.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      const lost = waiting ?? out?.request;
      out = waiting = undefined;
      if (lost) inPage(lost);
    });
  } catch {
    worker = undefined;
  }
  return {
    request(request) {
      const numbered = { ...request, id: ++last };
      if (out) waiting = numbered;
      else send(numbered);
    },
  };
}
