import { createRequire } from 'node:module';

type ThemeOptions = { metaType?: Record<string, unknown>; cssNesting?: boolean };
type FromCss = (css: string, options?: ThemeOptions) => object;
type ThemeClass = { fromCSS: FromCss };

const MEMOIZED = Symbol.for('@kubegram/slides/theme-memo');

// What a theme's parse depends on besides its CSS: the meta types (by name) and CSS nesting.
const optionsKey = (o: ThemeOptions = {}) =>
  `${o.cssNesting ? 1 : 0}:${Object.entries(o.metaType ?? {}).map(([k, v]) => `${k}=${(v as { name?: string }).name ?? String(v)}`).join(',')}`;

/**
 * Makes Marpit parse each theme's CSS once per process, for the Marpit that marp-core uses: every
 * engine adds marp-core's three themes and ours, and marp-cli makes an engine per deck, so parsing
 * them (PostCSS) was most of an engine's cost. Marpit freezes a theme once made, so one instance
 * serves every engine; the parse is the same for the same CSS and options.
 */
export function memoizeThemes(marpCorePath: string): void {
  const { Theme } = createRequire(marpCorePath)('@marp-team/marpit') as { Theme: ThemeClass & { [MEMOIZED]?: true } };
  if (Theme[MEMOIZED]) return;
  const parse = Theme.fromCSS.bind(Theme);
  const parsed = new Map<string, Map<string, object>>();
  Theme.fromCSS = (css, options) => {
    const key = optionsKey(options);
    let byCss = parsed.get(key);
    if (byCss === undefined) parsed.set(key, (byCss = new Map()));
    let theme = byCss.get(css);
    if (theme === undefined) byCss.set(css, (theme = parse(css, options)));
    return theme;
  };
  Theme[MEMOIZED] = true;
}
