import type { Element, ElementContent, Parent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { loadModel } from '@kubegram/content/fs';
import {
  DEFAULT_OPTIONS,
  isDiagramTitle,
  markdownSource,
  prepareFence,
  prepareReference,
  readReference,
  renderDiagram,
  renderProblems,
  reportProblems,
  type KubegramOptions,
  type MarkdownSource,
  type Prepared,
  type SourcePoint,
} from '@kubegram/markdown-it/core';

/** The part of a vfile the plugin reads: the Markdown file's path and its text. */
export interface VFileLike {
  path?: string | undefined;
  value?: unknown;
}

type Resolved = KubegramOptions & Required<Pick<KubegramOptions, keyof typeof DEFAULT_OPTIONS>>;
type Job = { parent: Parent; node: Element; kind: 'fence' | 'image'; lone: boolean };

/**
 * The rehype plugin: a `<pre><code class="language-kubegram">` block (a ```` ```kubegram ````
 * fence) and an image whose title starts with `kubegram:` become inline SVG diagrams, as hast
 * elements, so no raw-HTML step is needed. `unified().use(rehypeKubegram, options)`.
 */
export function rehypeKubegram(options: KubegramOptions = {}) {
  const o: Resolved = { ...DEFAULT_OPTIONS, ...options };
  return async (tree: Root, file: VFileLike): Promise<void> => {
    const source = markdownSource(typeof file.path === 'string' && file.path !== '' ? file.path : undefined, typeof file.value === 'string' ? file.value : String(file.value ?? ''), o.baseDir);
    const jobs: Job[] = [];
    collect(tree, jobs);
    let count = 0;
    for (const job of jobs) {
      const idPrefix = `${o.idPrefix}${++count}`;
      const html = job.kind === 'fence' ? fenceHtml(job.node, source, o, idPrefix) : await imageHtml(job, source, o, idPrefix);
      if (html === undefined) continue;
      const replacement = fromHtml(html, { fragment: true }).children as ElementContent[];
      const target = job.lone ? job.parent : job.node;
      const holder = job.lone ? parentOf(tree, job.parent) : job.parent;
      if (holder === undefined) continue;
      holder.children.splice(holder.children.indexOf(target as ElementContent), 1, ...replacement);
    }
  };
}

function collect(parent: Parent, jobs: Job[]): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'pre' && kubegramCode(child) !== undefined) jobs.push({ parent, node: child, kind: 'fence', lone: false });
    else if (child.tagName === 'img' && isDiagramTitle(child.properties.title)) {
      const lone = parent.type === 'element' && (parent as Element).tagName === 'p' && parent.children.every((c) => c === child || (c.type === 'text' && c.value.trim() === ''));
      jobs.push({ parent, node: child, kind: 'image', lone });
    } else collect(child, jobs);
  }
}

/** The `<code class="language-kubegram">` inside a `<pre>`, if that is what it holds. */
function kubegramCode(pre: Element): Element | undefined {
  const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  const classes = code?.properties.className;
  return Array.isArray(classes) && classes.includes('language-kubegram') ? code : undefined;
}

function fenceHtml(pre: Element, source: MarkdownSource, o: Resolved, idPrefix: string): string {
  const code = kubegramCode(pre)!;
  // remark-rehype keeps the info string after the language in `data.meta`; some tools in a `metastring` property.
  const meta = String((code.data as { meta?: unknown } | undefined)?.meta ?? code.properties.metastring ?? '').trim();
  const start = pre.position?.start ?? { line: 1, column: 1 };
  const line = source.lineOffset + start.line;
  const text = source.lines[start.line - 1] ?? '';
  const metaAt = meta === '' ? -1 : text.indexOf(meta, start.column - 1);
  const at = (column: number): SourcePoint => ({ file: source.file, line, column });
  const places = { fence: at(start.column), meta: at(metaAt < 0 ? start.column : metaAt + 1), body: { file: source.file, line: line + 1, column: start.column } };
  return draw(prepareFence(textOf(code), meta, places, o.theme), o, { idPrefix, placement: 'block' });
}

async function imageHtml(job: Job, source: MarkdownSource, o: Resolved, idPrefix: string): Promise<string | undefined> {
  const { node } = job;
  const start = node.position?.start ?? { line: 1, column: 1 };
  const at: SourcePoint = { file: source.file, line: source.lineOffset + start.line, column: start.column };
  const alt = String(node.properties.alt ?? '');
  const read = readReference({ alt, src: decode(String(node.properties.src ?? '')), title: String(node.properties.title) }, at, o.resolveModel);
  const prepared: Prepared = read.ok ? prepareReference(read.ref, await loadModel(read.ref.model), at, o.theme) : read;
  if (prepared.ok && o.images === 'img') {
    // The committed picture stays; only the reference's own syntax is taken out of the page.
    delete node.properties.title;
    return undefined;
  }
  return draw(prepared, o, { idPrefix, placement: job.lone ? 'block' : 'inline', caption: alt });
}

function draw(prepared: Prepared, o: Resolved, place: { idPrefix: string; placement: 'block' | 'inline'; caption?: string }): string {
  if (prepared.ok) return renderDiagram(prepared.request, place);
  reportProblems(prepared.problems, o);
  return renderProblems(prepared.problems, place.placement);
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

function parentOf(root: Parent, target: Parent): Parent | undefined {
  for (const child of root.children) {
    if (child === target) return root;
    if (child.type === 'element') {
      const found = parentOf(child, target);
      if (found) return found;
    }
  }
  return undefined;
}

function decode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
