import type { Theme } from './theme.js';

/**
 * A theme's colours as one flat table, named as the SVG's custom properties are (`pod-fill` is
 * `--kg-pod-fill`): what the `auto` SVG, the Mermaid header and the deck theme all read.
 */
export function themeTokens(theme: Theme): Record<string, string> {
  const tokens: Record<string, string> = {
    bg: theme.background,
    text: theme.text,
    'muted-text': theme.mutedText,
    edge: theme.edge,
    'edge-text': theme.edgeText,
    highlight: theme.highlight,
    'highlight-text': theme.highlightText,
    warning: theme.warning,
    failure: theme.failure,
    // Badge letters on a container's badge are white in every theme.
    'badge-text': '#ffffff',
  };
  for (const [kind, style] of Object.entries(theme.kinds)) {
    tokens[`${kind}-fill`] = style.fill;
    tokens[`${kind}-stroke`] = style.stroke;
    tokens[`${kind}-text`] = style.text;
  }
  return tokens;
}
