import { expect, test } from 'vitest';
import { darkTheme, lightTheme } from '@kubegram/diagram';
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

test('the kubegram theme is a 1280x720 Marp theme the engine knows', () => {
  const marp = createMarp();
  const theme = marp.themeSet.get(THEME_NAME);
  expect(theme?.width).toBe('1280px');
  expect(theme?.height).toBe('720px');
});
