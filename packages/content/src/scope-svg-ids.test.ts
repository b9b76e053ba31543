import { toSvg } from '@kubegram/diagram';
import { presets, VIEW_NAMES } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { scopeSvgIds } from './scope-svg-ids.js';

// The four passes scopeSvgIds made before it read the SVG once, kept to show the one pass agrees.
function scopedInFourPasses(svg: string, prefix: string): string {
  return svg
    .replace(/(<[^>]*\sid=")([^"]+)"/g, (_m, head: string, id: string) => `${head}${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}-${id})`)
    .replace(/((?:xlink:)?href=")#([^"]+)"/g, (_m, head: string, id: string) => `${head}#${prefix}-${id}"`)
    .replace(/(aria-(?:labelledby|describedby)=")([^"]+)"/g, (_m, head: string, ids: string) => `${head}${ids.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ')}"`);
}

describe('scopeSvgIds', () => {
  it('prefixes ids and every reference to them, and nothing else', () => {
    const svg = '<svg aria-labelledby="t d"><title id="t">T</title><defs><symbol id="s"/><marker id="m"/></defs><use href="#s"/><use xlink:href="#s"/><path marker-end="url(#m)" data-id="s"/><a href="https://example.org/#s"/></svg>';
    expect(scopeSvgIds(svg, 'kg3')).toBe(
      '<svg aria-labelledby="kg3-t kg3-d"><title id="kg3-t">T</title><defs><symbol id="kg3-s"/><marker id="kg3-m"/></defs><use href="#kg3-s"/><use xlink:href="#kg3-s"/><path marker-end="url(#kg3-m)" data-id="s"/><a href="https://example.org/#s"/></svg>',
    );
  });

  it('prefixes an id only inside a tag, wherever the tag has it, and a reference wherever it is', () => {
    const svg = '<svg>\n<g\nid="a" fill="url(#b)"><text> id="not-an-id" url(#c)</text><use x="1" href="#a" id="u"/></g></svg>';
    expect(scopeSvgIds(svg, 'p')).toBe('<svg>\n<g\nid="p-a" fill="url(#p-b)"><text> id="not-an-id" url(#p-c)</text><use x="1" href="#p-a" id="p-u"/></g></svg>');
  });

  it('scopes every view of every preset, light and dark, as the four passes it replaces did', () => {
    for (const preset of Object.values(presets)) {
      for (const view of VIEW_NAMES) {
        for (const theme of ['light', 'dark'] as const) {
          const svg = toSvg(preset, { view, theme });
          expect(scopeSvgIds(svg, 'd1'), `${preset.id} ${view} ${theme}`).toBe(scopedInFourPasses(svg, 'd1'));
        }
      }
    }
  });
});
