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
  type ImageParts,
  type KubegramOptions,
  type MarkdownSource,
  type Prepared,
  type SourcePoint,
} from '@kubegram/markdown-it/core';
import { locateImage, type Point } from './_locate-image.js';
import { dropMdxTitle, isMdxJsxImage, mdxImageParts, type MdxJsxImage } from './_mdx-image.js';

/** The part of a vfile the plugin reads: the Markdown file's path and its text. */
export interface VFileLike {
  path?: string | undefined;
  value?: unknown;
}

type Resolved = KubegramOptions & Required<Pick<KubegramOptions, keyof typeof DEFAULT_OPTIONS>>;
type Image = Element | MdxJsxImage;
type Job = { parent: Parent; node: Element; kind: 'fence'; lone: false } | { parent: Parent; node: Image; kind: 'image'; lone: boolean };
// Where the last image without a position ended in each paragraph, so that the next one with the same title is looked for after it.
type Located = Map<Parent, Point>;

/**
 * The rehype plugin: a `<pre><code class="language-kubegram">` block (a ```` ```kubegram ````
 * fence) and an image whose title starts with `kubegram:` become inline SVG diagrams, as hast
 * elements, so no raw-HTML step is needed. Images MDX holds as JSX `<img>` elements (Docusaurus
 * makes every local Markdown image one) are read too. `unified().use(rehypeKubegram, options)`.
 */
export function rehypeKubegram(options: KubegramOptions = {}) {
  const o: Resolved = { ...DEFAULT_OPTIONS, ...options };
  return async (tree: Root, file: VFileLike): Promise<void> => {
    const source = markdownSource(typeof file.path === 'string' && file.path !== '' ? file.path : undefined, typeof file.value === 'string' ? file.value : String(file.value ?? ''), o.baseDir);
    const jobs: Job[] = [];
    collect(tree, jobs);
    const located: Located = new Map();
    let count = 0;
    for (const job of jobs) {
      const idPrefix = `${o.idPrefix}${++count}`;
      const html = job.kind === 'fence' ? fenceHtml(job.node, source, o, idPrefix) : await imageHtml(job, source, located, o, idPrefix);
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
  for (const child of parent.children as Node[]) {
    if (isImage(child)) {
      if (isDiagramTitle(imageParts(child).title)) jobs.push({ parent, node: child, kind: 'image', lone: isLone(parent, child) });
    } else if (child.type === 'element' && (child as Element).tagName === 'pre' && kubegramCode(child as Element) !== undefined) {
      jobs.push({ parent, node: child as Element, kind: 'fence', lone: false });
    } else if (hasChildren(child)) collect(child, jobs);
  }
}

type Node = { type: string };

function hasChildren(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children);
}

function isImage(node: Node): node is Image {
  return (node.type === 'element' && (node as Element).tagName === 'img') || isMdxJsxImage(node);
}

/** True when the image is all its paragraph holds: it then becomes a block figure. */
function isLone(parent: Parent, image: Image): boolean {
  return parent.type === 'element' && (parent as Element).tagName === 'p' && parent.children.every((c) => (c as Node) === image || (c.type === 'text' && c.value.trim() === ''));
}

function imageParts(node: Image): ImageParts {
  if (node.type !== 'element') return mdxImageParts(node);
  return { alt: String(node.properties.alt ?? ''), src: decode(String(node.properties.src ?? '')), title: String(node.properties.title ?? '') };
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

async function imageHtml(job: Extract<Job, { kind: 'image' }>, source: MarkdownSource, located: Located, o: Resolved, idPrefix: string): Promise<string | undefined> {
  const { node } = job;
  const parts = imageParts(node);
  const start = imageStart(job, parts.title, source, located);
  const at: SourcePoint = { file: source.file, line: source.lineOffset + start.line, column: start.column };
  const read = readReference(parts, at, o.resolveModel);
  const prepared: Prepared = read.ok ? prepareReference(read.ref, await loadModel(read.ref.model), at, o.theme) : read;
  if (prepared.ok && o.images === 'img') {
    // The committed picture stays; only the reference's own syntax is taken out of the page.
    if (node.type === 'element') delete node.properties.title;
    else dropMdxTitle(node);
    return undefined;
  }
  return draw(prepared, o, { idPrefix, placement: job.lone ? 'block' : 'inline', caption: parts.alt });
}

// An image MDX made into JSX may have no position: it is looked for in its paragraph's lines.
function imageStart(job: Extract<Job, { kind: 'image' }>, title: string, source: MarkdownSource, located: Located): Point {
  const own = job.node.position?.start;
  if (own !== undefined) return own;
  const around = job.parent.position;
  if (around === undefined) return { line: 1, column: 1 };
  const found = locateImage(source.lines, title, located.get(job.parent) ?? around.start, around.end.line);
  if (found === undefined) return around.start;
  located.set(job.parent, found.after);
  return found.start;
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
  for (const child of root.children as Node[]) {
    if (child === target) return root;
    if (hasChildren(child)) {
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
