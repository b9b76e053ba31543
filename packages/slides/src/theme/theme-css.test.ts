import { expect, test } from 'vitest';
import { darkTheme, lightTheme, themeTokens } from '@kubegram/diagram';
import { createMarp } from '../create-marp.js';
import { THEME_NAME, themeCss } from './theme-css.js';

test('themeCss(light, dark) takes the slide colours from the diagram themes, dark under invert', () => {
  const css = themeCss(lightTheme, darkTheme);
  const [light, dark] = css.split('section.invert {');
  expect(light).toContain(`--kg-bg: ${lightTheme.background};`);
  expect(light).toContain(`--kg-accent: ${lightTheme.kinds.apiserver.fill};`);
  expect(dark).toContain(`--kg-bg: ${darkTheme.background};`);
  expect(dark).toContain(`--kg-text: ${darkTheme.text};`);
});

test('themeCss declares every diagram colour as the custom property an auto SVG reads, light and dark', () => {
  const [light, dark] = themeCss(lightTheme, darkTheme).split('section.invert {') as [string, string];
  const declared = (css: string) => new Map(Array.from(css.matchAll(/--kg-([a-z-]+): ([^;]+);/g), (m) => [m[1]!, m[2]!]));
  for (const [side, theme] of [[light, lightTheme], [dark, darkTheme]] as const) {
    const got = declared(side);
    for (const [token, value] of Object.entries(themeTokens(theme))) expect(got.get(token), token).toBe(value);
  }
  expect(declared(light).get('pod-fill')).not.toBe(declared(dark).get('pod-fill'));
});

test('the kubegram theme is a 1280x720 Marp theme the engine knows', () => {
  const marp = createMarp();
  const theme = marp.themeSet.get(THEME_NAME);
  expect(theme?.width).toBe('1280px');
  expect(theme?.height).toBe('720px');
});

test('themeCss fills every {{value}} of theme.css, leaving none behind', () => {
  const css = themeCss(lightTheme, darkTheme);
  expect(css).not.toMatch(/\{\{|\}\}/);
  expect(css).toMatch(/^\/\* @theme kubegram \*\/\n\/\* @size 16:9 1280px 720px \*\/\n/);
  expect(css).toContain('header, footer {\n  position: absolute;\n  left: 72px;\n  right: 152px;');
});
