import { toMermaid } from '@kubegram/diagram';
import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { mermaidOfDrawn } from './mermaid-of-drawn.ts';
import { modelText } from './model-text.ts';
import { DEFAULT_SETTINGS } from './types.ts';

describe('mermaidOfDrawn', () => {
  it('mermaidOfDrawn(the course model text) is the Mermaid text of the course, with the view and highlight chosen', async () => {
    const settings = { ...DEFAULT_SETTINGS, view: 'worker' as const, highlight: 'worker-1-kubelet' };
    const text = await mermaidOfDrawn(modelText(presets.course, 'The course.'), settings, false);
    expect(text).toBe(toMermaid(presets.course, { view: 'worker', highlight: ['worker-1-kubelet'] }));
  });
  it('mermaidOfDrawn of text that no longer loads rejects naming the model file and the problem', async () => {
    await expect(mermaidOfDrawn('id: [', DEFAULT_SETTINGS, false)).rejects.toThrow(/model\.yaml: the drawn model no longer loads: /);
  });
});
