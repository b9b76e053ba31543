import type { Token } from 'markdown-it';
import { markdownTokens, renderTokens, type DiagramRef, type Heading } from '@kubegram/content';

/** What rendering a lesson's body needs besides its Markdown. */
export interface RenderLessonBodyOptions {
  /** The lesson file, for error messages. */
  file: string;
  /** The lesson's headings in document order; their slugs become the heading ids. */
  headings: readonly Heading[];
  /** The lesson's diagram references in document order. */
  diagrams: readonly DiagramRef[];
  /** HTML for the diagram at this position among the lesson's references. */
  renderDiagram: (ref: DiagramRef, index: number) => string;
  /** The page URL for a relative link to a Markdown file, or undefined when it names no lesson. */
  resolveLessonLink: (href: string) => string | undefined;
}

const DEFAULTS = {
  file: '<lesson>',
  headings: [],
  diagrams: [],
  renderDiagram: () => '',
  resolveLessonLink: () => undefined,
} satisfies RenderLessonBodyOptions;

const isDiagramImage = (t: Token) => t.type === 'image' && /^kubegram:/.test(String(t.attrGet('title') ?? ''));

/**
 * Renders a lesson's Markdown to HTML: headings get the lesson's anchors, diagram references
 * become inline diagrams, and links to other lessons' Markdown files point at their pages.
 */
export function renderLessonBody(markdown: string, opts: Partial<RenderLessonBodyOptions> = {}): string {
  const o = { ...DEFAULTS, ...opts };
  // The parser the content package read the lesson with, so headings and diagrams line up.
  const tokens = markdownTokens(markdown);
  let heading = 0;
  let diagram = 0;
  for (const [i, token] of tokens.entries()) {
    if (token.type === 'heading_open') {
      const h = o.headings[heading++];
      if (!h) throw new Error(`${o.file}: the body has more headings than the lesson lists (${o.headings.length})`);
      token.attrSet('id', h.slug);
    }
    if (token.type !== 'inline' || !token.children) continue;
    for (const child of token.children) {
      if (child.type !== 'link_open') continue;
      const href = String(child.attrGet('href') ?? '');
      if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(href) || !/\.md(?:#|$)/i.test(href)) continue;
      const page = o.resolveLessonLink(href);
      const line = (token.map?.[0] ?? 0) + 1;
      if (page === undefined) throw new Error(`${o.file}: body line ${line}: the link "${href}" names no lesson of the course`);
      child.attrSet('href', page);
    }
    const visible = token.children.filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
    const only = visible.length === 1 ? visible[0] : undefined;
    if (only && isDiagramImage(only) && tokens[i - 1]?.type === 'paragraph_open' && tokens[i + 1]?.type === 'paragraph_close') {
      // A diagram on its own line is a figure, and a figure cannot sit inside a paragraph.
      tokens[i - 1]!.hidden = true;
      tokens[i + 1]!.hidden = true;
      token.children = [diagramToken(only, diagram++, o)];
    } else {
      token.children = token.children.map((c) => (isDiagramImage(c) ? diagramToken(c, diagram++, o) : c));
    }
  }
  if (heading !== o.headings.length) throw new Error(`${o.file}: the lesson lists ${o.headings.length} headings but the body has ${heading}`);
  if (diagram !== o.diagrams.length) throw new Error(`${o.file}: the lesson lists ${o.diagrams.length} diagrams but the body has ${diagram}`);
  return renderTokens(tokens);
}

function diagramToken(image: Token, index: number, o: RenderLessonBodyOptions): Token {
  const ref = o.diagrams[index];
  const src = String(image.attrGet('src') ?? '');
  if (!ref || ref.src !== src) {
    throw new Error(`${o.file}: diagram ${index + 1} ("${src}") does not match the lesson's diagram references`);
  }
  // The image token becomes raw HTML in place, keeping its position in the line.
  image.type = 'html_inline';
  image.content = o.renderDiagram(ref, index);
  image.children = null;
  return image;
}
