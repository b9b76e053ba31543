import { presets, VIEW_NAMES } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { boxesOf, parseSvg, problemsOf } from '../../test/_svg-geometry.js';
import { darkTheme, lightTheme, themeTokens } from '../theme/index.js';
import { toSvg } from './to-svg.js';

// The declarations of one rule of the stylesheet, as private property -> [public token, colour].
function declarationsOf(css: string, selector: string): Map<string, [string, string]> {
  const at = css.indexOf(`${selector}{`);
  if (at < 0) throw new Error(`no rule ${selector} in ${css.slice(0, 200)}`);
  const body = css.slice(at + selector.length + 1, css.indexOf('}', at));
  return new Map(
    body
      .split(';')
      .filter(Boolean)
      .map((d) => {
        const m = /^(--_kg\d+):var\(--kg-([a-z-]+),(#[0-9a-f]{6})\)$/.exec(d);
        if (!m) throw new Error(`unexpected declaration ${d}`);
        return [m[1]!, [m[2]!, m[3]!]];
      }),
  );
}

describe("toSvg with theme 'auto'", () => {
  const svg = toSvg(presets.course, { theme: 'auto' });
  const root = parseSvg(svg);
  const scope = root.getAttribute('class')!;
  const css = root.querySelector(':scope > style')!.textContent!;

  it('writes no fixed colour: every paint is a class whose rule reads a custom property', () => {
    expect(root.getAttribute('data-theme')).toBe('auto');
    expect(scope).toMatch(/^kg-[0-9a-f]{8}$/);
    expect(svg).not.toMatch(/ (fill|stroke)="#/);
    const classes = new Set(Array.from(root.querySelectorAll('[class]'), (e) => e.getAttribute('class')!.split(' ')).flat());
    classes.delete(scope);
    expect(classes.size).toBeGreaterThan(20);
    for (const c of classes) expect(css).toMatch(new RegExp(`\\.${scope} \\.${c}\\{(fill|stroke):var\\(--_kg\\d+\\)\\}`));
  });

  it('defines the light colours by default and the dark ones for a dark scheme or a dark page, each overridable by a --kg- property', () => {
    const light = declarationsOf(css, `.${scope}`);
    const media = declarationsOf(css, `@media (prefers-color-scheme:dark){.${scope}:not(:is(.light,[data-theme="light"]) *)`);
    const page = declarationsOf(css, `:is(.dark,[data-theme="dark"]) .${scope}`);
    expect(media).toEqual(page);
    const lightTokens = themeTokens(lightTheme);
    const darkTokens = themeTokens(darkTheme);
    const pod = [...light].find(([, [token]]) => token === 'pod-fill')!;
    expect(pod[1][1]).toBe(lightTokens['pod-fill']);
    expect(page.get(pod[0])).toEqual(['pod-fill', darkTokens['pod-fill']]);
    expect(light.size).toBeGreaterThan(20);
    for (const [name, [token, colour]] of light) {
      expect(colour).toBe(lightTokens[token]);
      expect(page.get(name)).toEqual([token, darkTokens[token]]);
    }
  });

  it('scopes every rule to its own root class, named after the stylesheet', () => {
    const rules = css.replace(/@media[^{]*\{/, '').split('}').map((r) => r.trim()).filter((r) => r.length > 0);
    for (const r of rules) expect(r.slice(0, r.indexOf('{'))).toContain(`.${scope}`);
    // The same stylesheet gets the same name; another one another name.
    const again = parseSvg(toSvg(presets.course, { theme: 'auto' })).getAttribute('class');
    const other = parseSvg(toSvg(presets.course, { theme: 'auto', view: 'request-flow' })).getAttribute('class');
    expect(again).toBe(scope);
    expect(other).not.toBe(scope);
  });

  it('draws the same geometry as a fixed theme, and dims with an opacity a page can lift', () => {
    for (const view of VIEW_NAMES) {
      const auto = toSvg(presets.haCloud, { view, theme: 'auto' });
      expect(problemsOf(auto)).toEqual([]);
      const geometry = (s: string) => boxesOf(parseSvg(s)).map((b) => [b.id, b.x, b.y, b.w, b.h]);
      expect(geometry(auto)).toEqual(geometry(toSvg(presets.haCloud, { view })));
    }
    const lit = parseSvg(toSvg(presets.course, { theme: 'auto', highlight: ['worker-1-kubelet'] }));
    expect(lit.querySelector('g[data-id="worker-2-kubelet"] > rect')!.getAttribute('opacity')).toBe('0.28');
    expect(lit.querySelector('g[data-id="worker-1-kubelet"] > rect')!.getAttribute('class')).toBe('kg-f-kubelet-fill kg-s-highlight');
  });

  it('keeps the fixed themes free of any stylesheet', () => {
    for (const theme of ['light', 'dark'] as const) {
      const fixed = toSvg(presets.course, { theme, view: 'reconcile' });
      expect(fixed).not.toContain('<style');
      expect(fixed).not.toContain('class=');
    }
  });
});
