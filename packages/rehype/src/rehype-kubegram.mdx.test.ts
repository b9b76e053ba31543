import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import type { DiagramProblem, KubegramOptions } from '@kubegram/markdown-it/core';
import { rehypeKubegram } from './rehype-kubegram.js';

type MdastNode = { type: string; url?: string; alt?: string | null; title?: string | null; children?: MdastNode[] };

// What Docusaurus 3.10.2's image remark plugin (`transformImage`) leaves of a local Markdown image
// before any rehype plugin runs: the node, emptied in place (no position any more), is a JSX
// `<img>` with the HTML-escaped alt and title and a `require()` of the file as its `src`.
function docusaurusImages() {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const walk = (node: MdastNode) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'image') {
        walk(child);
        continue;
      }
      const { alt, url, title } = child;
      for (const key of Object.keys(child)) delete (child as Record<string, unknown>)[key];
      Object.assign(child, {
        type: 'mdxJsxTextElement',
        name: 'img',
        children: [],
        attributes: [
          { type: 'mdxJsxAttribute', name: 'alt', value: escape(alt ?? '') },
          { type: 'mdxJsxAttribute', name: 'src', value: { type: 'mdxJsxAttributeValueExpression', value: `require("!url-loader?limit=10000!./${url}").default` } },
          { type: 'mdxJsxAttribute', name: 'title', value: escape(title ?? '') },
        ],
      });
    }
  };
  return walk;
}

async function compileMdx(mdx: string, options: KubegramOptions = {}, remarkPlugins = [docusaurusImages]) {
  const problems: DiagramProblem[] = [];
  const file = await compile({ value: mdx, path: '/docs/page.mdx' }, { remarkPlugins, rehypePlugins: [[rehypeKubegram, { onProblem: (p: DiagramProblem) => problems.push(p), ...options }]] });
  return { js: String(file), problems };
}

const where = (p: DiagramProblem) => `${p.file}:${p.line}:${p.column} ${p.message}`;

describe('rehypeKubegram under MDX', () => {
  it('draws a kubegram: image that Docusaurus made a JSX <img>, with its unescaped alt as caption', async () => {
    const { js, problems } = await compileMdx('# Page\n\n![Tom & "the" plane](diagrams/cp.svg "kubegram: preset:haCloud#control-plane highlight=cp-1-apiserver")\n');
    expect(problems).toEqual([]);
    expect(js).toContain('className: "kubegram-diagram"');
    expect(js).toContain('"data-id": "cp-1-apiserver"');
    expect(js).toContain('children: "Tom & \\"the\\" plane"');
    expect(js).not.toContain('kubegram:');
    expect(js).not.toContain('require(');
  });

  it('compiles a fence\'s SVG to JSX with React\'s property names', async () => {
    const fence = ['```kubegram view=worker theme=dark', 'id: demo', 'nodes: [{ id: cp, role: control-plane }, { id: w1, role: worker }]', '```'].join('\n');
    const { js, problems } = await compileMdx(`${fence}\n`);
    expect(problems).toEqual([]);
    expect(js).toContain('"data-theme": "dark"');
    expect(js).toMatch(/fontFamily: "/);
    expect(js).toMatch(/strokeWidth: "/);
    expect(js).not.toMatch(/"(font-family|stroke-width|class)":/);
  });

  it('draws a fence inside a JSX element, as Docusaurus makes of an admonition', async () => {
    const fence = ['```kubegram view=worker', 'id: demo', 'nodes: [{ id: cp, role: control-plane }, { id: w1, role: worker }]', '```'].join('\n');
    const { js, problems } = await compileMdx(`<Admonition type="note">\n\n${fence}\n\n</Admonition>\n`, {}, []);
    expect(problems).toEqual([]);
    expect(js).toMatch(/_jsxs?\(Admonition, \{\s*type: "note",\s*children: \[?_jsx\(_components\.figure, \{\s*className: "kubegram-diagram"/);
  });

  it('points a problem of a JSX <img> without position at its line and column, the second of two alike at the second', async () => {
    const bad = '![x](x.svg "kubegram: preset:course#overveiw")';
    const { problems } = await compileMdx(`Intro.\n\nOne ${bad} and\nanother ${bad}.\n`);
    expect(problems.map(where)).toEqual([
      expect.stringMatching(/^\/docs\/page\.mdx:3:5 view: unknown view "overveiw"/),
      expect.stringMatching(/^\/docs\/page\.mdx:4:9 view: unknown view "overveiw"/),
    ]);
  });

  it('keeps a JSX <img> written in MDX, less its kubegram: title, when asked for images', async () => {
    const { js } = await compileMdx('<img alt="The cluster" src={require("./c.svg").default} title="kubegram: preset:course#overview" />\n', { images: 'img' }, []);
    expect(js).toMatch(/_jsx\("img", \{\s*alt: "The cluster",\s*src: require\("\.\/c\.svg"\)\.default\s*\}\)/);
    expect(js).not.toContain('kubegram:');
  });
});
