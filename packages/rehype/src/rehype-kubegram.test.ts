import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { DiagramProblem, KubegramOptions } from '@kubegram/markdown-it/core';
import { rehypeKubegram } from './rehype-kubegram.js';

const FENCE = ['```kubegram view=worker highlight=w1-kubelet', 'id: demo', 'nodes:', '  - { id: cp, role: control-plane }', '  - { id: w1, role: worker }', '```'].join('\n');

async function render(markdown: string, path = '/docs/page.md', options: KubegramOptions = {}) {
  const problems: DiagramProblem[] = [];
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeKubegram, { onProblem: (p) => problems.push(p), ...options })
    .use(rehypeStringify)
    .process({ value: markdown, path });
  return { html: String(file), problems };
}

const where = (p: DiagramProblem) => `${p.file}:${p.line}:${p.column} ${p.message}`;

describe('rehypeKubegram', () => {
  it('draws diagrams that follow the page\'s colour scheme by default, their stylesheet kept, and in fixed colours when asked', async () => {
    const { html } = await render(`${FENCE}\n`);
    expect(html).toContain('data-theme="auto"');
    expect(html).toMatch(/<svg [^>]*data-theme="auto"[^>]*>[\s\S]*<style>[\s\S]*prefers-color-scheme/);
    expect((await render(`${FENCE}\n`, '/docs/page.md', { theme: 'dark' })).html).toContain('data-theme="dark"');
  });
  it('draws a kubegram code block as an inline SVG figure, with the options of its meta', async () => {
    const { html, problems } = await render(`# Title\n\n${FENCE}\n`);
    expect(problems).toEqual([]);
    expect(html).toMatch(/^<h1>Title<\/h1>\n<figure class="kubegram-diagram" data-view="worker"><svg /);
    expect(html).toContain('data-id="w1-kubelet"');
    expect(html).not.toContain('<pre>');
  });

  it('replaces a kubegram: image by its diagram, no kubegram: text left in the page', async () => {
    const { html, problems } = await render('![The control plane](cp.svg "kubegram: preset:haCloud#control-plane highlight=cp-1-apiserver")\n\nSee ![it](c.svg "kubegram: preset:course#overview") inline.\n');
    expect(problems).toEqual([]);
    expect(html).toMatch(/^<figure class="kubegram-diagram" data-view="control-plane"><svg [\s\S]*<figcaption>The control plane<\/figcaption><\/figure>/);
    expect(html).toMatch(/<p>See <span class="kubegram-diagram" data-view="overview"><svg [\s\S]*<\/span> inline\.<\/p>/);
    expect(html).not.toContain('kubegram:');
  });

  it('keeps the committed SVG as an <img> without its kubegram: title when asked', async () => {
    const { html } = await render('![The cluster](diagrams/c.svg "kubegram: preset:course#overview")\n', '/docs/page.md', { images: 'img' });
    expect(html).toBe('<p><img src="diagrams/c.svg" alt="The cluster"></p>');
  });

  it('gives every diagram of a page its own ids', async () => {
    const { html } = await render(`${FENCE}\n\n${FENCE}\n`);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id!.startsWith('kg2-'))).toBe(true);
  });

  it('points problems at the line and column of the Markdown file named by vfile.path', async () => {
    const md = ['Text.', '', '> ```kubegram view=worker highlight=w1-kubelt', '> id: demo', '> nodes: [{ id: cp, role: control-plane }, { id: w1, role: worker }]', '> ```', '', '```kubegram', 'id: demo', 'nodes:', '  - { id: cp, role: control-pane }', '```', '', 'A ![x](x.svg "kubegram: preset:course#overveiw")', ''].join('\n');
    const { html, problems } = await render(md, '/docs/guide/page.md');
    expect(problems.map(where)).toEqual([
      expect.stringMatching(/^\/docs\/guide\/page\.md:3:27 unknown id "w1-kubelt" in highlight=/),
      expect.stringMatching(/^\/docs\/guide\/page\.md:11:21 nodes\[0\]\.role: expected one of "control-plane", "worker"/),
      expect.stringMatching(/^\/docs\/guide\/page\.md:14:3 view: unknown view "overveiw"/),
    ]);
    expect(html.match(/class="kubegram-error"/g)).toHaveLength(3);
  });

  it('counts lines from the top of the file when the tool passed the body without its frontmatter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegram-rehype-'));
    const body = `Text.\n\n${FENCE.replace('w1-kubelet', 'w1-kubelt')}\n`;
    writeFileSync(join(dir, 'page.md'), `---\ntitle: A page\n---\n${body}`);
    const { problems } = await render(body, join(dir, 'page.md'));
    expect(problems.map(where)).toEqual([expect.stringMatching(/page\.md:6:25 unknown id "w1-kubelt"/)]);
  });

  it('loads a model file relative to the Markdown file and rejects the build when strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegram-rehype-'));
    writeFileSync(join(dir, 'kind.yaml'), 'id: kind\nnodes:\n  - { id: kind-cp, role: control-plane }\n  - { id: kind-w, role: worker }\n');
    const ok = await render('![kind](kind.svg "kubegram: ./kind.yaml#worker node=kind-w")\n', join(dir, 'page.md'));
    expect(ok.html).toContain('data-id="kind-w-kubelet"');
    await expect(render('Intro.\n\n![kind](kind.svg "kubegram: ./kind.yaml#worker node=kind-x")\n', join(dir, 'page.md'), { strict: true })).rejects.toThrow(
      `${join(dir, 'page.md')}:3:1: error: unknown node "kind-x" for the worker view: expected one of "kind-w"`,
    );
  });
});
