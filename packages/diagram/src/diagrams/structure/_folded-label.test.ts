import { describe, expect, it } from 'vitest';
import { foldedLabel } from './_folded-label.js';

describe('foldedLabel', () => {
  it('foldedLabel names the count of what folded, singular for one', () => {
    expect(foldedLabel('web-1', 2, 'container')).toBe('web-1 · 2 containers');
    expect(foldedLabel('web-1', 1, 'container')).toBe('web-1 · 1 container');
    expect(foldedLabel('worker-1', 3, 'component')).toBe('worker-1 · 3 components');
    expect(foldedLabel('worker-1', 3, 'container')).toBe('worker-1 · 3 containers');
  });
  it('foldedLabel gives back the label it made before for the same label, count and kind', () => {
    // Labels read from different strings with the same text: the memo compares text, not identity.
    const first = foldedLabel(['api', '0'].join('-'), 2, 'container');
    expect(foldedLabel(`api-${0}`, 2, 'container')).toBe(first);
    expect(foldedLabel('api-0', 3, 'container')).toBe('api-0 · 3 containers');
  });
  it('foldedLabel starts its memo again past its limit and keeps answering', () => {
    for (let i = 0; i < 20_500; i++) expect(foldedLabel(`pod-${i}`, 2, 'container')).toBe(`pod-${i} · 2 containers`);
    expect(foldedLabel('pod-1', 2, 'container')).toBe('pod-1 · 2 containers');
  });
});
