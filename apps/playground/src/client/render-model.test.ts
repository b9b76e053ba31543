import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { modelText } from './model-text.ts';
import { renderModel } from './render-model.ts';
import { DEFAULT_SETTINGS } from './types.ts';

const course = modelText(presets.course, 'the course');

describe('renderModel', () => {
  it('draws a preset shown as YAML, in the theme auto resolves to', () => {
    const light = renderModel(course, DEFAULT_SETTINGS, false);
    const dark = renderModel(course, DEFAULT_SETTINGS, true);
    expect(light.ok && light.svg).toContain('data-theme="light"');
    expect(dark.ok && dark.svg).toContain('data-theme="dark"');
  });

  it('passes view, fit, detail and a known highlight on to toSvg, and drops an unknown highlight', () => {
    const drawn = renderModel(course, { view: 'worker', theme: 'light', highlight: 'worker-1-kubelet', fit: '16:9', detail: 'every-pod' }, false);
    expect(drawn.ok && drawn.options).toEqual({ view: 'worker', theme: 'light', fit: '16:9', collapsePods: false, highlight: ['worker-1-kubelet'] });
    const unknown = renderModel(course, { ...DEFAULT_SETTINGS, highlight: 'no-such-thing' }, false);
    expect(unknown.ok && unknown.options.highlight).toBeUndefined();
  });

  it('gives broken YAML back as problems at their line and column', () => {
    const outcome = renderModel('id: demo\nnodes:\n  - id: [\n', DEFAULT_SETTINGS, false);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^invalid YAML/) });
  });

  it("locates the model's own validation problems in the text", () => {
    const outcome = renderModel('id: demo\nnodes:\n  - id: a\n    role: boss\n', DEFAULT_SETTINGS, false);
    expect(!outcome.ok && outcome.problems[0]).toMatchObject({ path: 'nodes[0].role', line: 4, column: 11 });
  });
});
