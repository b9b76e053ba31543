import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { DiagramProblem } from './core/index.js';
import { markdownItKubegram } from './markdown-it-kubegram.js';

const FENCE = ['```kubegram view=worker highlight=w1-kubelet', 'id: demo', 'nodes:', '  - { id: cp, role: control-plane }', '  - { id: w1, role: worker }', '```'].join('\n');

function render(markdown: string, env: Record<string, unknown> = {}, options = {}) {
  const problems: DiagramProblem[] = [];
  const md = new MarkdownIt().use(markdownItKubegram, { onProblem: (p: DiagramProblem) => problems.push(p), ...options });
  return { html: md.render(markdown, env), problems };
}

const where = (p: DiagramProblem) => `${p.file}:${p.line}:${p.column}`;

describe('markdownItKubegram', () => {
  it('draws a kubegram fence as an inline SVG figure with the fence options applied', () => {
    const { html, problems } = render(`# Title\n\n${FENCE}\n`);
    expect(problems).toEqual([]);
    expect(html).toMatch(/^<h1>Title<\/h1>\n<figure class="kubegram-diagram" data-view="worker"><svg /);
    expect(html).toContain('data-id="w1-kubelet"');
    expect(html).not.toContain('<pre>');
    expect(html).not.toContain('kubegram:');
  });

  it('draws diagrams that follow the page\'s colour scheme by default, and in fixed colours when a theme is chosen', () => {
    expect(render(`${FENCE}\n`).html).toContain('data-theme="auto"');
    expect(render(`${FENCE}\n`, {}, { theme: 'light' }).html).toContain('data-theme="light"');
    expect(render(FENCE.replace('view=worker', 'view=worker theme=dark')).html).toContain('data-theme="dark"');
  });

  it('replaces a kubegram: image by its diagram, the reference text reaching neither title nor alt', () => {
    const { html, problems } = render('Intro.\n\n![The control plane](cp.svg "kubegram: preset:haCloud#control-plane highlight=cp-1-apiserver")\n');
    expect(problems).toEqual([]);
    expect(html).toContain('<figure class="kubegram-diagram" data-view="control-plane"><svg');
    expect(html).toContain('<figcaption>The control plane</figcaption>');
    expect(html).not.toMatch(/<p>\s*<figure/);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('kubegram:');
  });

  it('keeps an image inside a sentence inline, as a span', () => {
    const { html } = render('See ![the cluster](c.svg "kubegram: preset:course#overview") here.\n');
    expect(html).toMatch(/^<p>See <span class="kubegram-diagram" data-view="overview"><svg [\s\S]*<\/svg><\/span> here\.<\/p>/);
  });

  it('keeps the committed SVG as an <img> without the kubegram: title when asked', () => {
    const { html } = render('![The cluster](diagrams/c.svg "kubegram: preset:course#overview")\n', {}, { images: 'img' });
    expect(html).toBe('<p><img src="diagrams/c.svg" alt="The cluster"></p>\n');
  });

  it('shows a problem of a kept <img> inside its paragraph, where a block would not fit', () => {
    const { html, problems } = render('![The cluster](diagrams/c.svg "kubegram: preset:course#overveiw")\n', {}, { images: 'img' });
    expect(problems).toHaveLength(1);
    expect(html).toMatch(/^<p><span class="kubegram-error" role="alert">[\s\S]*<\/span><\/p>\n$/);
  });

  it('leaves other images and code blocks alone', () => {
    const md = '![a photo](p.png "A title")\n\n```yaml\nid: x\n```\n';
    expect(render(md).html).toBe(new MarkdownIt().render(md));
  });

  it('prefixes the ids of every diagram so two on one page never share one', () => {
    const { html } = render(`${FENCE}\n\n${FENCE}\n`);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id!.startsWith('kg1-'))).toBe(true);
    expect(ids.some((id) => id!.startsWith('kg2-'))).toBe(true);
    for (const [, ref] of html.matchAll(/(?:href="#|url\(#)([^")]+)/g)) expect(ids).toContain(ref);
  });

  it('points a YAML error inside a fence at the line and column of the Markdown file', () => {
    const md = ['---', 'title: Page', '---', '', 'Text.', '', '```kubegram', 'id: demo', 'nodes:', '  - { id: cp, role: control-pane }', '```', ''].join('\n');
    const { html, problems } = render(md, {}, { baseDir: '/docs' });
    expect(problems.map(where)).toEqual(['/docs/<markdown>:10:21']);
    expect(problems[0]!.message).toMatch(/^nodes\[0\]\.role: expected one of "control-plane", "worker"/);
    expect(problems[0]!.example).toContain('```kubegram');
    expect(html).toContain('<div class="kubegram-error" role="alert">');
    expect(html).toContain('/docs/&lt;markdown&gt;:10:21: error: nodes[0].role');
  });

  it('counts lines from the top of the file when the tool cut the frontmatter off first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegram-md-'));
    const file = join(dir, 'page.md');
    const body = 'Text.\n\n```kubegram view=worker highlight=w1-kubelt\nid: demo\nnodes:\n  - { id: cp, role: control-plane }\n  - { id: w1, role: worker }\n```\n';
    writeFileSync(file, `---\ntitle: Page\n---\n${body}`);
    // VitePress passes the body alone, and the file in env.path.
    const { problems } = render(body, { path: file, relativePath: 'page.md' });
    expect(problems.map(where)).toEqual([`${file}:6:25`]);
    expect(problems[0]!.message).toBe('unknown id "w1-kubelt" in highlight=: expected ids of elements or relations of the cluster, such as "demo", "cp", "cp-apiserver", "w1"');
  });

  it('reports an unknown view and option on the fence line, at their columns', () => {
    const { problems } = render('```kubegram view=workers color=red\nid: d\nnodes: [{ id: cp, role: control-plane }]\n```\n');
    expect(problems.map((p) => `${where(p)} ${p.message}`)).toEqual([
      expect.stringMatching(/:1:13 unknown view "workers": expected one of overview, control-plane, worker/),
      expect.stringMatching(/:1:26 unknown option "color" on the kubegram fence: expected view=…, highlight=…, theme=…, node=…$/),
    ]);
  });

  it('reports a malformed reference at its column with the grammar of @kubegram/content', () => {
    const { html, problems } = render('Some text.\n\nA diagram: ![cp](cp.svg "kubegram: preset:haCloud#control-planes")\n');
    expect(problems.map((p) => `${where(p)} ${p.message}`)).toEqual([expect.stringMatching(/:3:12 view: unknown view "control-planes": expected one of /)]);
    expect(html).not.toMatch(/<img|(?:title|alt)="[^"]*kubegram:/);
    expect(html).toContain('<span class="kubegram-error" role="alert">');
  });

  it('throws with every problem located when strict', () => {
    const md = new MarkdownIt().use(markdownItKubegram, { strict: true, baseDir: '/docs' });
    expect(() => md.render('```kubegram view=worker node=w9\nid: d\nnodes: [{ id: cp, role: control-plane }, { id: w1, role: worker }]\n```\n')).toThrow(
      /\/docs\/<markdown>:1:25: error: unknown node "w9" for the worker view: expected one of "w1"/,
    );
  });

  it('loads YAML and TypeScript model files relative to the Markdown file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubegram-md-'));
    writeFileSync(join(dir, 'kind.yaml'), 'id: kind\nnodes:\n  - { id: kind-cp, role: control-plane }\n  - { id: kind-w, role: worker }\n');
    writeFileSync(join(dir, 'shop.ts'), "const id: string = 'shop';\nexport default { id, nodes: [{ id: 'shop-cp', role: 'control-plane' }, { id: 'shop-w', role: 'worker' }] };\n");
    writeFileSync(join(dir, 'bad.yaml'), 'id: bad\nnodes:\n  - { id: w, role: wroker }\n');
    const page = ['![kind](kind.svg "kubegram: kind.yaml#overview highlight=kind-w")', '', '![shop](shop.svg "kubegram: ./shop.ts#worker")', '', '![bad](bad.svg "kubegram: bad.yaml#overview")', ''].join('\n');
    const { html, problems } = render(page, { path: join(dir, 'page.md') });
    expect(html).toContain('data-id="kind-w"');
    expect(html).toContain('data-id="shop-w"');
    expect(problems.map((p) => `${where(p)} ${p.message}`)).toEqual([
      `${join(dir, 'page.md')}:5:1 the model ${join(dir, 'bad.yaml')}:3:20 has a problem at nodes[0].role: expected one of "control-plane", "worker", got the string "wroker"`,
    ]);
  });
});
