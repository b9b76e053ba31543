import type { Theme } from '@kubegram/diagram';
import { PADDING, SLIDE, TYPE } from '../_metrics.js';

/** The name decks use in their `theme` directive. */
export const THEME_NAME = 'kubegram';

function colours(t: Theme): string {
  const accent = t.kinds.apiserver.fill;
  return [
    `--kg-bg: ${t.background};`,
    `--kg-text: ${t.text};`,
    `--kg-muted: ${t.mutedText};`,
    `--kg-accent: ${accent};`,
    `--kg-rule: ${t.kinds.cluster.stroke};`,
    `--kg-code-bg: ${t.kinds.cluster.fill};`,
    `--kg-highlight: ${t.highlight};`,
  ].join('\n  ');
}

/**
 * The Marp theme of the decks: one theme whose light colours (and dark ones, under `class: invert`)
 * are the diagram themes', with the type sizes the deck's layout measures against.
 */
export function themeCss(light: Theme, dark: Theme): string {
  const { heading, body, code, caption, footer, indent, title } = TYPE;
  return `/* @theme ${THEME_NAME} */
/* @size 16:9 ${SLIDE.width}px ${SLIDE.height}px */

section {
  ${colours(light)}
  width: ${SLIDE.width}px;
  height: ${SLIDE.height}px;
  box-sizing: border-box;
  padding: ${PADDING.top}px ${PADDING.right}px ${PADDING.bottom}px ${PADDING.left}px;
  background: var(--kg-bg);
  color: var(--kg-text);
  font-family: ${light.fontFamily};
  font-size: ${body.size}px;
  line-height: ${body.lineHeight};
  display: flex;
  flex-direction: column;
  justify-content: flex-start;
  overflow: hidden;
  overflow-wrap: anywhere;
}
section.invert {
  ${colours(dark)}
  font-family: ${dark.fontFamily};
}
section > * { margin: 0; }
h1, h2, h3 { color: var(--kg-text); font-weight: bold; }
h2 {
  font-size: ${heading.size}px;
  line-height: ${heading.lineHeight};
  margin: 0 0 ${heading.after}px;
  color: var(--kg-accent);
}
section.invert h2 { color: var(--kg-text); }
p { margin: 0 0 ${body.gap}px; }
ul, ol { margin: 0; padding: 0 0 0 ${indent}px; }
li { margin: 0 0 ${body.gap}px; }
li > ul, li > ol { margin-top: ${body.gap}px; }
li::marker { color: var(--kg-accent); }
strong { color: var(--kg-text); }
a { color: var(--kg-accent); }
code, pre {
  font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace;
}
code {
  background: var(--kg-code-bg);
  border-radius: 4px;
  padding: 0 4px;
}
pre {
  margin: 0 0 ${code.gap}px;
  padding: ${code.padding}px;
  background: var(--kg-code-bg);
  border: 1px solid var(--kg-rule);
  border-radius: 6px;
  font-size: ${code.size}px;
  line-height: ${code.lineHeight};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
pre code { background: none; padding: 0; font-size: inherit; }
table { border-collapse: collapse; font-size: ${caption.size}px; line-height: ${code.lineHeight}; margin: 0 0 ${body.gap}px; }
th, td { border: 1px solid var(--kg-rule); padding: 5px 10px; text-align: left; }
blockquote {
  margin: 0 0 ${body.gap}px;
  padding: 0 0 0 20px;
  border-left: 6px solid var(--kg-accent);
  color: var(--kg-muted);
}
header, footer {
  position: absolute;
  left: ${PADDING.left}px;
  right: ${PADDING.right + 80}px;
  font-size: ${footer.size}px;
  line-height: 1.3;
  color: var(--kg-muted);
  padding: 0;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}
header { top: 12px; }
footer { bottom: 24px; }
section::after {
  font-size: ${footer.size}px;
  color: var(--kg-muted);
  right: ${PADDING.right}px;
  bottom: 24px;
  padding: 0;
  position: absolute;
  content: attr(data-marpit-pagination) ' / ' attr(data-marpit-pagination-total);
}
figure.kg-diagram { margin: 0; width: 100%; display: flex; flex-direction: column; }
figure.kg-diagram .kg-canvas { width: 100%; display: flex; justify-content: center; }
figure.kg-diagram .kg-canvas > svg { width: 100%; height: 100%; display: block; }
figure.kg-diagram figcaption {
  margin-top: ${caption.before}px;
  font-size: ${caption.size}px;
  line-height: ${caption.lineHeight};
  color: var(--kg-muted);
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: ${caption.maxLines};
  overflow: hidden;
}
figure.kg-diagram figcaption strong { color: var(--kg-highlight); }

section.title { justify-content: center; }
section.title h1 {
  font-size: ${title.size}px;
  line-height: ${title.lineHeight};
  margin: 0 0 24px;
  color: var(--kg-accent);
}
section.invert.title h1 { color: var(--kg-text); }
section.title p { color: var(--kg-muted); }
section.title p.kg-lead, section.title p:last-of-type { color: var(--kg-text); }
`;
}
