import { describe, expect, it } from 'vitest';
import { drawPicture } from './draw-picture.ts';
import { DEFAULT_SETTINGS } from './types.ts';

const SMALL = 'id: small\nlabel: Small & co\nnodes:\n  - id: cp\n    role: control-plane\n';

describe('drawPicture', () => {
  it('drawPicture(request) answers with its id, the SVG, the markup readied for the page, the caption, the id of the cluster (not the cluster) and the elements', () => {
    const reply = drawPicture({ id: 7, text: SMALL, settings: DEFAULT_SETTINGS, prefersDark: true });
    if (!reply.ok) throw new Error(reply.problems[0]?.message);
    expect(reply.id).toBe(7);
    expect(reply.caption).toBe('Small & co: Kubernetes architecture');
    expect(reply.clusterId).toBe('small');
    expect(reply).not.toHaveProperty('cluster');
    expect(reply.svg).toMatch(/^<svg[^>]* data-theme="dark"/);
    expect(reply.markup).toMatch(/^<svg role="group" aria-labelledby="pg-title" aria-describedby="pg-desc"/);
    expect(reply.markup).toMatch(/<g data-id="cp" [^>]*tabindex="0">/);
    expect(reply.elements.slice(0, 2)).toEqual([
      { id: 'small', label: 'Small & co', kind: 'cluster' },
      { id: 'cp', label: 'cp', kind: 'control-plane-node' },
    ]);
  });

  it('drawPicture(request) answers a broken model with its located problems, never throwing', () => {
    const reply = drawPicture({ id: 8, text: 'id: demo\nnodes:\n  - id: a\n    role: boss\n', settings: DEFAULT_SETTINGS, prefersDark: false });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.problems.map((p) => [p.line, p.column, p.path])).toEqual([[4, 11, 'nodes[0].role']]);
  });
});
