import type { ImageParts } from '@kubegram/markdown-it/core';

type MdxJsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | { type: 'mdxJsxAttributeValueExpression'; value: string } | null }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/**
 * An `<img>` as MDX leaves it in hast: a JSX element, either written so in the page or made from
 * a Markdown image by a remark plugin (Docusaurus turns every local image into one, with a
 * `require()` of the file as its `src` and no position).
 */
export interface MdxJsxImage {
  type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  position?: { start: { line: number; column: number } };
}

/** True for an MDX JSX `<img>` element. */
export function isMdxJsxImage(node: { type: string }): node is MdxJsxImage {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as MdxJsxImage).name === 'img';
}

/** The alt text, path and title of an MDX JSX `<img>`, as plain text ('' for one that is missing or not text). */
export function mdxImageParts(node: MdxJsxImage): ImageParts {
  return { alt: unescape(literal(node, 'alt')), src: srcOf(node), title: unescape(literal(node, 'title')) };
}

/** Takes the `title` attribute off an MDX JSX `<img>`. */
export function dropMdxTitle(node: MdxJsxImage): void {
  node.attributes = node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'title');
}

function attribute(node: MdxJsxImage, name: string) {
  return node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name) as Extract<MdxJsxAttribute, { name: string }> | undefined;
}

function literal(node: MdxJsxImage, name: string): string {
  const value = attribute(node, name)?.value;
  return typeof value === 'string' ? value : '';
}

// Docusaurus writes a local image's path as `require("<loaders>!./x.svg").default`, maybe with a
// `?query` and `+ '#hash'`: the path is what follows the last `!`.
function srcOf(node: MdxJsxImage): string {
  const value = attribute(node, 'src')?.value;
  if (typeof value === 'string') return value;
  const required = /require\("((?:[^"\\]|\\.)*)"\)/.exec(value?.value ?? '')?.[1];
  if (required === undefined) return '';
  const path = required.replace(/\\(.)/g, '$1');
  return path.slice(path.lastIndexOf('!') + 1).replace(/\?.*$/, '');
}

// Docusaurus HTML-escapes the alt and title it copies from the Markdown image into JSX text.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}
