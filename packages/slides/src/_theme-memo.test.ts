import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { createMarp } from './create-marp.js';

const require = createRequire(import.meta.url);

test('createMarp parses each theme once: two engines share their theme objects, and render the same', () => {
  const a = createMarp();
  const b = createMarp();
  for (const name of ['default', 'gaia', 'uncover', 'kubegram']) {
    expect(a.themeSet.get(name)).toBeDefined();
    expect(b.themeSet.get(name)).toBe(a.themeSet.get(name));
  }
  const deck = '---\nmarp: true\ntheme: kubegram\n---\n\n# A\n';
  expect(b.render(deck)).toEqual(a.render(deck));
});

test('createMarp parses a theme CSS it has not seen, and parses it again under other options', () => {
  const { Theme } = createRequire(require.resolve('@marp-team/marp-core'))('@marp-team/marpit');
  createMarp();
  const css = '/* @theme memo-test */\nsection { color: red; }';
  const first = Theme.fromCSS(css);
  expect(first.name).toBe('memo-test');
  expect(Theme.fromCSS(css)).toBe(first);
  expect(Theme.fromCSS(css, { cssNesting: true })).not.toBe(first);
  expect(Theme.fromCSS(css.replace('red', 'blue')).css).toContain('blue');
});
