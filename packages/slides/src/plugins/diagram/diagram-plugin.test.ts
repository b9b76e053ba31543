import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { diagramFence, readDiagramMeta } from './_meta.js';
import { diagramPlugin } from './diagram-plugin.js';

const SVG = '<svg viewBox="0 0 160 90"><g data-id="a" data-kind="pod"><rect width="10" height="10"/></g></svg>';

describe('diagramPlugin', () => {
  const md = new MarkdownIt().use(diagramPlugin);

  test('diagramPlugin renders a diagram fence as a figure with the SVG at its measured height', () => {
    const html = md.render(diagramFence(SVG, { diagram: 2, height: 480, captionHeight: 28, caption: { text: 'A <worker> & its pods' } }));
    expect(html).toBe(
      `<figure class="kg-diagram" data-diagram="2"><div class="kg-canvas" style="height:480px">${SVG}</div><figcaption style="height:28px">A &lt;worker&gt; &amp; its pods</figcaption></figure>\n`,
    );
  });

  test('diagramPlugin marks tour steps with their number, count and element, and bolds the label', () => {
    const html = md.render(diagramFence(SVG, { diagram: 1, height: 400, captionHeight: 56, caption: { label: '2/3 · kubelet', text: 'The node agent.' }, step: { index: 2, count: 3, element: 'worker-1-kubelet' } }));
    expect(html).toContain('<figure class="kg-diagram" data-diagram="1" data-step="2" data-steps="3" data-element="worker-1-kubelet">');
    expect(html).toContain('<figcaption style="height:56px"><strong>2/3 · kubelet</strong> The node agent.</figcaption>');
  });

  test('diagramPlugin leaves other fences to the renderer it found', () => {
    expect(md.render('```yaml\na: 1\n```')).toBe(new MarkdownIt().render('```yaml\na: 1\n```'));
  });

  test('diagramFence keeps backticks in captions out of the fence info string', () => {
    const fence = diagramFence(SVG, { diagram: 1, height: 300, captionHeight: 20, caption: { text: 'run `kubectl apply`' } });
    expect(fence.split('\n')[0]).not.toContain('`kubectl');
    expect(readDiagramMeta(fence.split('\n')[0]!.slice(4))?.caption).toEqual({ text: 'run `kubectl apply`' });
  });
});
