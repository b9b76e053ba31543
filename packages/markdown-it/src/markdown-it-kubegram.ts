import { loadModelSync } from '@kubegram/content/fs';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import {
  DEFAULT_OPTIONS,
  isDiagramTitle,
  prepareFence,
  prepareReference,
  readReference,
  renderDiagram,
  renderProblems,
  reportProblems,
  markdownSource,
  type KubegramOptions,
  type MarkdownSource,
  type Prepared,
  type SourcePoint,
} from './core/index.js';

/** The part of a markdown-it instance the plugin uses, so any markdown-it 13 to 15 (or Marpit) fits. */
export interface MarkdownItLike {
  // `any`: each markdown-it version (and Marpit) types its rule state its own way.
  core: { ruler: { after(afterName: string, ruleName: string, rule: (state: any) => unknown): void } };
  renderer: { rules: object };
}

type Resolved = KubegramOptions & Required<Pick<KubegramOptions, keyof typeof DEFAULT_OPTIONS>>;
const BLOCK = 'kubegram_block';
const INLINE = 'kubegram_inline';

// Numbers diagrams per rendered document, so two diagrams of one page never share an SVG id.
const counters = new WeakMap<object, number>();

/**
 * The markdown-it plugin: a ```` ```kubegram ```` fence holding a YAML cluster model, and an image
 * whose title starts with `kubegram:`, become inline SVG diagrams when the page is built.
 * `md.use(markdownItKubegram, options)`.
 */
export function markdownItKubegram(md: MarkdownItLike, options: KubegramOptions = {}): void {
  const o: Resolved = { ...DEFAULT_OPTIONS, ...options };
  const it = md as unknown as MarkdownIt;
  // Right after inline parsing, before other plugins' rules (Marp's image syntax, for one) see the images.
  it.core.ruler.after('inline', 'kubegram', (state: StateCore) => transform(state, o));
  // Own token types rather than html_block: tools that sanitise raw HTML (Marp does) leave them alone.
  it.renderer.rules[BLOCK] = (tokens, idx) => tokens[idx]!.content;
  it.renderer.rules[INLINE] = (tokens, idx) => tokens[idx]!.content;
}

function transform(state: StateCore, o: Resolved): void {
  // Only a page with a diagram costs a look at its file.
  let found: MarkdownSource | undefined;
  const source = () => (found ??= markdownSource(fileOf(state.env), state.src, o.baseDir));
  const envKey = (typeof state.env === 'object' && state.env !== null ? state.env : state) as object;
  const nextId = () => {
    const n = (counters.get(envKey) ?? 0) + 1;
    counters.set(envKey, n);
    return `${o.idPrefix}${n}`;
  };
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'fence' && token.info.trim().split(/\s+/)[0] === 'kubegram') {
      const html = fenceHtml(token, source(), o, nextId);
      const block = new state.Token(BLOCK, '', 0);
      Object.assign(block, { content: html, map: token.map, block: true });
      tokens[i] = block;
    } else if (token.type === 'inline' && token.children?.some((c) => c.type === 'image' && isDiagramTitle(c.attrGet('title')))) {
      // A diagram alone in its paragraph is a figure, and a figure cannot sit inside a <p>.
      const lone = o.images === 'inline' && loneImage(token) && tokens[i - 1]?.type === 'paragraph_open' && tokens[i + 1]?.type === 'paragraph_close';
      if (lone) {
        tokens[i - 1]!.hidden = true;
        tokens[i + 1]!.hidden = true;
      }
      imagesOf(token, source(), o, nextId, lone, state);
    }
  }
}

function fenceHtml(token: Token, source: MarkdownSource, o: Resolved, nextId: () => string): string {
  const first = token.map?.[0] ?? 0;
  const text = source.lines[first] ?? '';
  const start = Math.max(0, text.indexOf(token.markup));
  const info = token.info.trim();
  const meta = info.slice(info.split(/\s+/)[0]!.length).trim();
  const line = source.lineOffset + first + 1;
  const at = (column: number): SourcePoint => ({ file: source.file, line, column });
  const metaAt = meta === '' ? start + token.markup.length : text.indexOf(meta, start);
  const places = { fence: at(start + 1), meta: at((metaAt < 0 ? start : metaAt) + 1), body: { file: source.file, line: line + 1, column: start + 1 } };
  return draw(prepareFence(token.content, meta, places, o.theme), o, { idPrefix: nextId(), placement: 'block' });
}

function imagesOf(inline: Token, source: MarkdownSource, o: Resolved, nextId: () => string, lone: boolean, state: StateCore): void {
  let row = inline.map?.[0] ?? 0;
  const used = new Map<number, number>();
  inline.children = (inline.children ?? []).map((child) => {
    if (child.type === 'softbreak' || child.type === 'hardbreak') row += 1;
    if (child.type !== 'image' || !isDiagramTitle(child.attrGet('title'))) return child;
    const title = String(child.attrGet('title'));
    const alt = (child.children ?? []).map((c) => c.content).join('') || child.content;
    const at: SourcePoint = { file: source.file, line: source.lineOffset + row + 1, column: imageColumn(source.lines[row] ?? '', used, row) };
    const read = readReference({ alt, src: decode(String(child.attrGet('src') ?? '')), title }, at, o.resolveModel);
    const prepared: Prepared = read.ok ? prepareReference(read.ref, loadModelSync(read.ref.model), at, o.theme) : read;
    const placement = lone ? 'block' : 'inline';
    if (prepared.ok && o.images === 'img') {
      // The committed picture stays; only the reference's own syntax is taken out of the page.
      child.attrs = (child.attrs ?? []).filter(([name]) => name !== 'title');
      return child;
    }
    const out = new state.Token(INLINE, '', 0);
    out.content = draw(prepared, o, { idPrefix: nextId(), placement, caption: alt });
    return out;
  });
}

function draw(prepared: Prepared, o: Resolved, place: { idPrefix: string; placement: 'block' | 'inline'; caption?: string }): string {
  if (prepared.ok) return renderDiagram(prepared.request, place);
  reportProblems(prepared.problems, o);
  return renderProblems(prepared.problems, place.placement);
}

/** The Markdown file markdown-it's `env` names: VitePress passes `path` (absolute), Marp CLI nothing. */
function fileOf(env: unknown): string | undefined {
  const e = (typeof env === 'object' && env !== null ? env : {}) as Record<string, unknown>;
  return [e.path, e.filePath, e.file, e.relativePath].find((v): v is string => typeof v === 'string' && v !== '');
}

/** True when the paragraph holds nothing but one image. */
function loneImage(inline: Token): boolean {
  const visible = (inline.children ?? []).filter((c) => !(c.type === 'text' && c.content.trim() === '') && c.type !== 'softbreak');
  return visible.length === 1 && visible[0]!.type === 'image';
}

/** 1-based column of the next `kubegram:` image on a source line (several may share one). */
function imageColumn(text: string, used: Map<number, number>, row: number): number {
  const n = used.get(row) ?? 0;
  used.set(row, n + 1);
  const titles = [...text.matchAll(/["'(]\s*kubegram:/g)];
  const title = titles[n];
  if (title === undefined) return text.search(/\S|$/) + 1;
  return Math.max(0, text.lastIndexOf('![', title.index)) + 1;
}

function decode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
