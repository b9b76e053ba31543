import type { Token } from 'markdown-it';
import { renderTokens, type DiagramRef, type Lesson } from '@kubegram/content';

/** What of a lesson its body is rendered from: the tokens `parseLesson` read, its headings and diagrams. */
export type LessonBody = Pick<Lesson, 'file' | 'tokens' | 'headings' | 'diagrams'>;

/** What rendering a lesson's body needs besides the lesson. */
export interface RenderLessonBodyOptions {
  /** HTML for the diagram at this position among the lesson's references. */
  renderDiagram: (ref: DiagramRef, index: number) => string;
  /** The page URL for a relative link to a Markdown file, or undefined when it names no lesson. */
  resolveLessonLink: (href: string) => string | undefined;
}

const DEFAULTS = {
  renderDiagram: () => '',
  resolveLessonLink: () => undefined,
} satisfies RenderLessonBodyOptions;

const isDiagramImage = (t: Token) => t.type === 'image' && /^kubegram:/.test(String(t.attrGet('title') ?? ''));

// A copy of a token with some fields changed: the lesson's tokens are shared and stay as parsed.
function changed(token: Token, changes: Partial<Token>): Token {
  return Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token, changes);
}

function withAttr(token: Token, name: string, value: string): Token {
  const attrs = (token.attrs ?? []).filter(([key]) => key !== name);
  const at = token.attrs?.findIndex(([key]) => key === name) ?? -1;
  attrs.splice(at < 0 ? attrs.length : at, 0, [name, value]);
  return changed(token, { attrs });
}

/**
 * Renders a lesson's body to HTML from its tokens, without parsing it again: headings get the
 * lesson's anchors, diagram references become inline diagrams, and links to other lessons'
 * Markdown files point at their pages.
 */
export function renderLessonBody(lesson: LessonBody, opts: Partial<RenderLessonBodyOptions> = {}): string {
  const o = { ...DEFAULTS, ...opts };
  const { tokens, headings, diagrams, file } = lesson;
  const out: Token[] = [];
  let heading = 0;
  let diagram = 0;
  let hideClose = false;
  const figure = (image: Token) => diagramToken(image, diagram++, lesson, o);
  for (const [i, token] of tokens.entries()) {
    if (token.type === 'heading_open') {
      const h = headings[heading++];
      if (!h) throw new Error(`${file}: the body has more headings than the lesson lists (${headings.length})`);
      out.push(withAttr(token, 'id', h.slug));
      continue;
    }
    if (token.type !== 'inline' || !token.children) {
      out.push(hideClose && token.type === 'paragraph_close' ? changed(token, { hidden: true }) : token);
      hideClose = false;
      continue;
    }
    const children = token.children.map((c) => linkToPage(c, token, lesson, o));
    const visible = children.filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
    const only = visible.length === 1 ? visible[0] : undefined;
    if (only && isDiagramImage(only) && tokens[i - 1]?.type === 'paragraph_open' && tokens[i + 1]?.type === 'paragraph_close') {
      // A diagram on its own line is a figure, and a figure cannot sit inside a paragraph.
      out[out.length - 1] = changed(out.at(-1)!, { hidden: true });
      out.push(changed(token, { children: [figure(only)] }));
      hideClose = true;
    } else {
      const next = children.map((c) => (isDiagramImage(c) ? figure(c) : c));
      out.push(next.every((c, n) => c === token.children![n]) ? token : changed(token, { children: next }));
    }
  }
  if (heading !== headings.length) throw new Error(`${file}: the lesson lists ${headings.length} headings but the body has ${heading}`);
  if (diagram !== diagrams.length) throw new Error(`${file}: the lesson lists ${diagrams.length} diagrams but the body has ${diagram}`);
  return renderTokens(out);
}

// A link to a lesson's Markdown file, pointed at that lesson's page.
function linkToPage(child: Token, inline: Token, lesson: LessonBody, o: RenderLessonBodyOptions): Token {
  if (child.type !== 'link_open') return child;
  const href = String(child.attrGet('href') ?? '');
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(href) || !/\.md(?:#|$)/i.test(href)) return child;
  const page = o.resolveLessonLink(href);
  const line = (inline.map?.[0] ?? 0) + 1;
  if (page === undefined) throw new Error(`${lesson.file}:${line}: the link "${href}" names no lesson of the course`);
  return withAttr(child, 'href', page);
}

// The image token's place in the line holds the diagram's HTML instead.
function diagramToken(image: Token, index: number, lesson: LessonBody, o: RenderLessonBodyOptions): Token {
  const ref = lesson.diagrams[index];
  const src = String(image.attrGet('src') ?? '');
  if (!ref || ref.src !== src) {
    throw new Error(`${lesson.file}: diagram ${index + 1} ("${src}") does not match the lesson's diagram references`);
  }
  return changed(image, { type: 'html_inline', content: o.renderDiagram(ref, index), children: null });
}
