import { describe, expect, it } from 'vitest';
import { decodeState } from './decode-state.ts';
import { encodeState } from './encode-state.ts';
import { DEFAULT_SETTINGS, type PlaygroundState } from './types.ts';

const state: PlaygroundState = { model: 'id: demo\nlabel: "Démo ✓"\n', settings: { view: 'worker', theme: 'dark', highlight: 'node-1', fit: '16:9', detail: 'every-pod' } };

describe('encodeState and decodeState', () => {
  it('round-trip a model with non-ASCII text and every setting', async () => {
    const fragment = await encodeState(state);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeState(`#${fragment}`)).toEqual({ ok: true, state, notes: [] });
  });

  it('compress a long model well below its own size', async () => {
    const model = `id: big\nnodes:\n${Array.from({ length: 200 }, (_, i) => `  - id: node-${i}\n    role: worker\n`).join('')}`;
    const fragment = await encodeState({ model, settings: DEFAULT_SETTINGS });
    expect(fragment.length).toBeLessThan(model.length / 4);
  });

  it('say what is wrong with a link that is not ours, not base64url, or cut short', async () => {
    expect(await decodeState('#section-2')).toMatchObject({ ok: false, message: expect.stringContaining('does not start with "v1."') });
    expect(await decodeState('#v1.a$b')).toMatchObject({ ok: false, message: expect.stringContaining('not base64url') });
    const fragment = await encodeState(state);
    expect(await decodeState(fragment.slice(0, fragment.length - 8))).toMatchObject({ ok: false, message: expect.stringContaining('damaged') });
  });

  it('fall back to the default of a setting it does not know, with a note', async () => {
    const odd = { ...state, settings: { ...state.settings, view: 'sideways' } } as unknown as PlaygroundState;
    const decoded = await decodeState(await encodeState(odd));
    expect(decoded).toMatchObject({ ok: true, state: { settings: { view: 'overview', theme: 'dark' } } });
    expect(decoded.ok && decoded.notes).toEqual(['the link\'s view "sideways" is not one of overview, control-plane, worker, request-flow, reconcile, networking, workloads; showing overview']);
  });
});
