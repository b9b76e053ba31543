import { readFileSync } from 'node:fs';
import { themeTokens, type Theme } from '@kubegram/diagram';
import { PADDING, SLIDE, TYPE } from '../_metrics.js';

/** The name decks use in their `theme` directive. */
export const THEME_NAME = 'kubegram';

// The stylesheet ships beside this module (the build copies it into dist/theme/); read once.
let template: string | undefined;
const themeTemplate = (): string => (template ??= readFileSync(new URL('./theme.css', import.meta.url), 'utf8'));

// The deck's own roles first, then every diagram colour under the name an `auto` SVG reads, so a
// diagram drawn with `theme: 'auto'` on a slide takes the slide's colours, dark under `invert`.
function colours(t: Theme): string {
  const deck: Record<string, string> = {
    bg: t.background,
    text: t.text,
    muted: t.mutedText,
    accent: t.kinds.apiserver.fill,
    rule: t.kinds.cluster.stroke,
    'code-bg': t.kinds.cluster.fill,
    highlight: t.highlight,
  };
  const all = { ...deck, ...themeTokens(t) };
  return Object.entries(all)
    .map(([name, value]) => `--kg-${name}: ${value};`)
    .join('\n  ');
}

// The values theme.css names as {{name}}: the slide metrics the layout measures against, so the
// stylesheet and the layout never disagree, and the colours of the diagram themes.
function themeValues(light: Theme, dark: Theme): Record<string, string | number> {
  const values: Record<string, string | number> = {
    name: THEME_NAME,
    'slide.width': SLIDE.width,
    'slide.height': SLIDE.height,
    'footer.right': PADDING.right + 80,
    indent: TYPE.indent,
    'light.colours': colours(light),
    'light.fontFamily': light.fontFamily,
    'dark.colours': colours(dark),
    'dark.fontFamily': dark.fontFamily,
  };
  for (const [side, px] of Object.entries(PADDING)) values[`padding.${side}`] = px;
  for (const [role, type] of Object.entries(TYPE)) {
    if (typeof type === 'object') for (const [key, value] of Object.entries(type)) values[`${role}.${key}`] = value;
  }
  return values;
}

/**
 * The Marp theme of the decks (`theme.css`): one theme whose light colours (and dark ones, under
 * `class: invert`) are the diagram themes', with the type sizes the deck's layout measures against.
 */
export function themeCss(light: Theme, dark: Theme): string {
  const values = themeValues(light, dark);
  return themeTemplate().replace(/\{\{([\w.]+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`theme.css: unknown value {{${key}}}: expected one of ${Object.keys(values).join(', ')}`);
    return String(value);
  });
}
