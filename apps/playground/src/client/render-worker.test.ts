import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PictureReply, PictureRequest, WarmUpRequest, WorkerReply } from './types.ts';
import { DEFAULT_SETTINGS } from './types.ts';

// The drawer the worker uses, replaced by one that records what it draws.
const drawn = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock('./create-picture-drawer.ts', () => ({
  createPictureDrawer: () => (request: PictureRequest): PictureReply => {
    drawn.texts.push(request.text);
    const svg = `<svg><title>${request.text}</title></svg>`;
    return { id: request.id, ok: true, clusterId: 'c', svg, markup: svg, caption: request.text, elements: [], warnings: [], times: { parse: 0, validate: 0, draw: 0, prepare: 0 } };
  },
}));

// The worker's global scope: what it posts, and a way to post to it.
let posted: WorkerReply[];
let toWorker: (data: PictureRequest | WarmUpRequest) => void;
const request = (id: number, text: string): PictureRequest => ({ id, text, settings: DEFAULT_SETTINGS, prefersDark: false });
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(async () => {
  vi.resetModules();
  drawn.texts = [];
  posted = [];
  const listeners: ((event: { data: unknown }) => void)[] = [];
  vi.stubGlobal('postMessage', (message: WorkerReply) => posted.push(message));
  vi.stubGlobal('addEventListener', (_type: string, listener: (event: { data: unknown }) => void) => listeners.push(listener));
  toWorker = (data) => listeners.forEach((listener) => listener({ data }));
  await import('./render-worker.ts');
});
afterEach(() => void vi.unstubAllGlobals());

describe('the render worker', () => {
  it('answers each request, and when asked to warm up draws copies of the last picture without posting them', async () => {
    toWorker(request(1, 'a'));
    await settle();
    expect(posted.map((r) => r.id)).toEqual([1]);
    toWorker({ warmUp: 3 });
    await vi.waitFor(() => expect(drawn.texts).toEqual(['a', 'a', 'a', 'a']));
    await settle();
    expect(drawn.texts).toHaveLength(4);
    expect(posted).toHaveLength(1);
  });

  it('stops warming up at the first new request, and answers it', async () => {
    toWorker(request(1, 'a'));
    await settle();
    toWorker({ warmUp: 1000 });
    await vi.waitFor(() => expect(drawn.texts.length).toBeGreaterThan(2));
    toWorker(request(2, 'b'));
    await vi.waitFor(() => expect(posted.map((r) => r.id)).toEqual([1, 2]));
    const copies = drawn.texts.length;
    await settle();
    expect(drawn.texts).toHaveLength(copies);
    expect(drawn.texts.at(-1)).toBe('b');
    expect(copies).toBeLessThan(100);
  });

  it('draws nothing to warm up before it has drawn a picture', async () => {
    toWorker({ warmUp: 5 });
    await settle();
    expect(drawn.texts).toEqual([]);
  });
});
