import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { labelPx } from './_fit.js';
import { layoutView } from './layout-view.js';
import { storyPages } from './story-pages.js';

const SLIDE = { width: 1136, height: 492 };

describe('storyPages', () => {
  it('storyPages splits the request flow over the fewest runs whose labels reach 16 px in a slide box', () => {
    const pages = storyPages(presets.course, { view: 'request-flow', fit: SLIDE, minFontPx: 16 });
    expect(pages.map((p) => [p.from, p.to])).toEqual([[1, 5], [6, 10], [11, 14]]);
    for (const p of pages) expect(labelPx(layoutView(presets.course, { view: 'request-flow', fit: SLIDE, minFontPx: 16, steps: p }), SLIDE)).toBeGreaterThanOrEqual(16);
    expect(pages[0]!.elements).toEqual(['kubectl', 'control-plane-apiserver', 'control-plane-etcd', 'control-plane-controller-manager']);
  });
  it('storyPages keeps the story whole when it fits, when the frame has no height, and for a loop', () => {
    expect(storyPages(presets.course, { view: 'request-flow', fit: { width: 3000, height: 2000 }, minFontPx: 12 }).map((p) => [p.from, p.to])).toEqual([[1, 14]]);
    expect(storyPages(presets.course, { view: 'request-flow', fit: { width: 662 }, minFontPx: 12 }).map((p) => [p.from, p.to])).toEqual([[1, 14]]);
    expect(storyPages(presets.course, { view: 'reconcile', fit: SLIDE, minFontPx: 16 }).map((p) => [p.from, p.to])).toEqual([[1, 6]]);
  });
  it('storyPages gives no page for a view without a story', () => {
    expect(storyPages(presets.course, { view: 'overview', fit: SLIDE })).toEqual([]);
  });
});

describe('layoutView steps', () => {
  it('layoutView with steps draws only that run, numbered as in the story, with only the participants it involves', () => {
    const layout = layoutView(presets.course, { view: 'request-flow', steps: { from: 11, to: 12 } });
    expect(layout.steps.map((s) => s.index)).toEqual([11, 12]);
    expect(layout.lifelines.map((l) => l.id)).toEqual(['worker-1-kubelet', 'worker-1-container-runtime']);
  });
  it('layoutView refuses a run outside the story, naming the option and giving an example', () => {
    expect(() => layoutView(presets.course, { view: 'request-flow', steps: { from: 3, to: 20 } })).toThrow(/options\.steps is \{"from":3,"to":20\}: expected .* within the story's 14 steps \(for example \{ from: 1, to: 5 \}\)/);
  });
});
