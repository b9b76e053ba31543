import { describe, expect, it } from 'vitest';
import { scopeSvgIds } from './scope-svg-ids.js';

describe('scopeSvgIds', () => {
  it('prefixes ids and every reference to them, and nothing else', () => {
    const svg = '<svg aria-labelledby="t d"><title id="t">T</title><defs><symbol id="s"/><marker id="m"/></defs><use href="#s"/><use xlink:href="#s"/><path marker-end="url(#m)" data-id="s"/><a href="https://example.org/#s"/></svg>';
    expect(scopeSvgIds(svg, 'kg3')).toBe(
      '<svg aria-labelledby="kg3-t kg3-d"><title id="kg3-t">T</title><defs><symbol id="kg3-s"/><marker id="kg3-m"/></defs><use href="#kg3-s"/><use xlink:href="#kg3-s"/><path marker-end="url(#kg3-m)" data-id="s"/><a href="https://example.org/#s"/></svg>',
    );
  });
});
