import { escapeHtml } from '@kubegram/content';
import type { MarkdownIt } from 'markdown-it';
import { readDiagramMeta } from './_meta.js';

/**
 * markdown-it plugin: renders a `kubegram-diagram` fence as a figure holding its SVG at the height
 * the deck measured for it, with its caption; every other fence renders as before.
 */
export function diagramPlugin(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const meta = readDiagramMeta(token.info);
    if (!meta) return fallback ? fallback(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    const attrs = [`class="kg-diagram"`, `data-diagram="${meta.diagram}"`];
    if (meta.step) attrs.push(`data-step="${meta.step.index}"`, `data-steps="${meta.step.count}"`, `data-element="${escapeHtml(meta.step.element)}"`);
    const caption = meta.caption
      ? `<figcaption style="height:${meta.captionHeight}px">${meta.caption.label ? `<strong>${escapeHtml(meta.caption.label)}</strong> ` : ''}${escapeHtml(meta.caption.text)}</figcaption>`
      : '';
    // The SVG comes from the diagram renderer, not from the lesson, so it goes in as it is.
    return `<figure ${attrs.join(' ')}><div class="kg-canvas" style="height:${meta.height}px">${token.content.trim()}</div>${caption}</figure>\n`;
  };
}
