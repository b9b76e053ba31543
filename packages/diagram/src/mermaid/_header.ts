import type { MermaidFit } from '../diagrams/types.js';
import type { Theme } from '../theme/index.js';
import { escapeText } from './_escape.js';

/**
 * The front matter that gives a diagram the theme's page colours and font: Mermaid's `base` theme
 * with our colours, so the same model looks the same in Mermaid as in our own SVG; for a frame,
 * the diagram's own settings and the label size too.
 */
export function themeFrontmatter(theme: Theme, fit?: MermaidFit, fontPx?: number): string[] {
  const frame = theme.kinds['control-plane-node'];
  const note = theme.kinds.workload;
  // JSON strings are valid YAML scalars, so every value is written quoted and needs no YAML escaping.
  const variables: [string, string | boolean][] = [
    ['darkMode', theme.name === 'dark'],
    ['background', theme.background],
    ['fontFamily', mermaidFontFamily(theme.fontFamily)],
    ['textColor', theme.text],
    ['lineColor', theme.edge],
    ['primaryColor', frame.fill],
    ['primaryBorderColor', frame.stroke],
    ['primaryTextColor', frame.text],
    ['edgeLabelBackground', theme.background],
    ['signalColor', theme.edge],
    ['signalTextColor', theme.edgeText],
    ['noteBkgColor', note.fill],
    ['noteBorderColor', note.stroke],
    ['noteTextColor', note.text],
    ['labelBoxBkgColor', frame.fill],
    ['labelBoxBorderColor', frame.stroke],
    ['labelTextColor', frame.text],
    ['loopTextColor', theme.text],
    ...(fontPx === undefined ? [] : [['fontSize', `${fontPx}px`] as [string, string]]),
  ];
  // A frame's settings go in the diagram's own section, beside the theme.
  const section = fit ? [`  ${fit.section}:`, ...Object.entries(fit.settings).map(([key, value]) => `    ${key}: ${JSON.stringify(value)}`)] : [];
  return [
    '---',
    'config:',
    '  theme: base',
    '  themeVariables:',
    ...variables.map(([key, value]) => `    ${key}: ${JSON.stringify(value)}`),
    ...section,
    '---',
  ];
}

// Mermaid blanks a theme variable holding anything but letters, digits, spaces and a few marks
// (no `'`, no `-`), which would drop the whole font list; so the families are double-quoted and
// the ones it cannot hold, such as the generic `sans-serif`, are left out.
function mermaidFontFamily(fontFamily: string): string {
  const families = fontFamily.split(',').map((f) => f.trim().replace(/^['"]|['"]$/g, ''));
  return families
    .filter((f) => /^[A-Za-z0-9 ]+$/.test(f))
    .map((f) => (f.includes(' ') ? `"${f}"` : f))
    .join(', ');
}

/** The accessible title and description lines, indented for the diagram body. */
export function accessibilityLines(title: string, description: string): string[] {
  return [`  accTitle: ${escapeText(title, 'entity')}`, `  accDescr: ${escapeText(description, 'entity')}`];
}

/** `#rrggbb` as `rgb(r, g, b)`, the colour form a sequence diagram's `box` and `rect` accept. */
export function rgb(hex: string, alpha?: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const parts = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return alpha === undefined ? `rgb(${parts.join(',')})` : `rgba(${parts.join(',')},${alpha})`;
}
