import { darkTheme, lightTheme, themes, themeTokens, type Theme, type ThemeChoice } from '../theme/index.js';
import { kindMarkup, type KindMarkup } from './_context.js';
import { num } from './_markup.js';

/** How the elements of one SVG get their colours: fixed attributes, or classes reading custom properties. */
export interface Paint {
  /** The theme whose font and name the SVG carries. */
  theme: Theme;
  /** Attribute text giving an element a fill and a stroke, each named by a `themeTokens` key (`none` for no fill). */
  attrs(fill: string | undefined, stroke?: string): string;
  /**
   * The same for shapes inside a `<symbol>`: a `<use>` draws them in a shadow tree that the SVG's
   * class rules cannot reach, but custom properties are inherited into it.
   */
  symbolAttrs(fill: string): string;
  /** The attribute that dims an element a highlight leaves out. */
  dim: string;
  /**
   * Markup built for boxes of each kind under this paint. A fixed paint keeps it from picture to
   * picture, as nothing in it depends on the picture; an `auto` paint starts afresh with each one.
   */
  kinds: KindMarkup;
  /** The `<style>` of the SVG and the class of its root, once everything is painted; none for fixed colours. */
  finish(): { style: string; rootClass: string } | undefined;
}

/** Paint with one theme's colours written into the attributes, as files and PNGs need. */
function fixedPaint(theme: Theme): Paint {
  const tokens = themeTokens(theme);
  const colour = (token: string): string => {
    const c = tokens[token];
    if (c === undefined) throw new Error(`toSvg: no colour named "${token}" in the ${theme.name} theme`);
    return c;
  };
  return {
    theme,
    attrs: (fill, stroke) => `${fill === undefined ? '' : ` fill="${fill === 'none' ? 'none' : colour(fill)}"`}${stroke === undefined ? '' : ` stroke="${colour(stroke)}"`}`,
    symbolAttrs: (fill) => ` fill="${colour(fill)}"`,
    dim: ` opacity="${num(theme.dimOpacity)}"`,
    kinds: kindMarkup(),
    finish: () => undefined,
  };
}

// FNV-1a: a name that changes whenever the text it names changes.
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// The private properties the rules read: the page's `--kg-<token>` where an ancestor sets one, the
// theme's colour otherwise. Private names are short (`--_kg3`): each is written three times.
function declarations(theme: Theme, used: ReadonlyMap<string, string>): string {
  const tokens = themeTokens(theme);
  let out = '';
  for (const [t, name] of used) out += `${name}:var(--kg-${t},${tokens[t]});`;
  return out;
}

/**
 * Paint that follows the colour scheme: every colour is a class whose rule reads a custom property,
 * light by default, dark under `prefers-color-scheme: dark` (unless a `.light` or
 * `[data-theme="light"]` ancestor says otherwise) and under a `.dark` or `[data-theme="dark"]`
 * ancestor. Every rule is scoped to the SVG's own class, named after the stylesheet, so two
 * diagrams in one page never restyle each other.
 */
function autoPaint(): Paint {
  const used = new Map<string, string>();
  const rules = new Map<string, string>();
  const property = (token: string): string => {
    let name = used.get(token);
    if (name === undefined) {
      if (themeTokens(lightTheme)[token] === undefined) throw new Error(`toSvg: no colour named "${token}" in the themes`);
      used.set(token, (name = `--_kg${used.size}`));
    }
    return name;
  };
  const use = (prop: 'fill' | 'stroke', token: string): string => {
    const cls = `kg-${prop === 'fill' ? 'f' : 's'}-${token}`;
    if (!rules.has(cls)) rules.set(cls, `${prop}:var(${property(token)})`);
    return cls;
  };
  return {
    theme: lightTheme,
    attrs(fill, stroke) {
      const classes: string[] = [];
      if (fill !== undefined && fill !== 'none') classes.push(use('fill', fill));
      if (stroke !== undefined) classes.push(use('stroke', stroke));
      return `${fill === 'none' ? ' fill="none"' : ''}${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}`;
    },
    symbolAttrs: (fill) => ` style="fill:var(${property(fill)})"`,
    // One opacity for both schemes (they differ by 0.02), kept an attribute so a page's own
    // stylesheet can still lift it, as it can in a fixed theme; a style attribute would beat it.
    dim: ` opacity="${num(lightTheme.dimOpacity)}"`,
    kinds: kindMarkup(),
    finish() {
      const body = (scope: string): string => {
        const light = declarations(lightTheme, used);
        const dark = declarations(darkTheme, used);
        let css = `.${scope}{${light}}\n`;
        css += `@media (prefers-color-scheme:dark){.${scope}:not(:is(.light,[data-theme="light"]) *){${dark}}}\n`;
        css += `:is(.dark,[data-theme="dark"]) .${scope}{${dark}}\n`;
        for (const [cls, rule] of rules) css += `.${scope} .${cls}{${rule}}`;
        return css;
      };
      const rootClass = `kg-${hash(body('kg'))}`;
      return { style: `<style>\n${body(rootClass)}\n</style>`, rootClass };
    },
  };
}

// A fixed paint holds nothing that changes while an SVG is written, so each theme's is built once:
// a small picture spent more time building its colour table than drawing with it.
const FIXED: Readonly<Record<string, Paint>> = Object.fromEntries(Object.entries(themes).map(([name, theme]) => [name, fixedPaint(theme)]));

/** The paint of a theme choice; throws on an unknown one, naming the choices. */
export function paintFor(choice: ThemeChoice): Paint {
  if (choice === 'auto') return autoPaint();
  if (!Object.hasOwn(themes, choice)) throw new Error(`toSvg: options.theme is "${String(choice)}": expected one of ${Object.keys(themes).join(', ')}, auto`);
  return FIXED[choice]!;
}
