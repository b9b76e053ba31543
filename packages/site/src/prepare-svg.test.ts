import { presets } from '@kubegram/model';
import { toSvg } from '@kubegram/diagram';
import { describe, expect, it } from 'vitest';
import { prepareSvg } from './prepare-svg.ts';

const SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 10 10">',
  '<defs><marker id="arrow"><path d="M0 0"/></marker></defs>',
  '<g data-id="api" data-kind="apiserver"><title>API server</title><rect/></g>',
  '<g data-edge data-from="a" data-to="b" data-kind="persists"><path marker-end="url(#arrow)"/></g>',
  '<use href="#arrow"/>',
  '</svg>',
].join('');

describe('prepareSvg', () => {
  it('prefixes every id and every reference to one', () => {
    const out = prepareSvg(SVG, { idPrefix: 'd1-light' });
    expect(out).toContain('<marker id="d1-light-arrow">');
    expect(out).toContain('marker-end="url(#d1-light-arrow)"');
    expect(out).toContain('<use href="#d1-light-arrow"/>');
    expect(out).not.toMatch(/id="arrow"|#arrow\b/);
  });

  it('keeps every badge of a generated diagram pointing at its own symbol when two diagrams share a page', () => {
    const light = prepareSvg(toSvg(presets.course), { idPrefix: 'd1-light' });
    const dark = prepareSvg(toSvg(presets.course, { theme: 'dark' }), { idPrefix: 'd1-dark' });
    for (const [svg, prefix] of [[light, 'd1-light'], [dark, 'd1-dark']] as const) {
      const ids = new Set(Array.from(svg.matchAll(/\sid="([^"]+)"/g), (m) => m[1]!));
      const refs = Array.from(svg.matchAll(/href="#([^"]+)"/g), (m) => m[1]!);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(ref.startsWith(`${prefix}-kg-icon-`)).toBe(true);
        expect(ids.has(ref)).toBe(true);
      }
    }
    const lightIds = new Set(Array.from(light.matchAll(/\sid="([^"]+)"/g), (m) => m[1]!));
    expect(Array.from(dark.matchAll(/\sid="([^"]+)"/g), (m) => m[1]!).filter((id) => lightIds.has(id))).toEqual([]);
  });

  it('makes components, not relations, reachable with the keyboard', () => {
    const out = prepareSvg(SVG, { idPrefix: 'p' });
    expect(out).toContain('<g data-id="api" data-kind="apiserver" tabindex="0">');
    expect(out).toContain('<g data-edge data-from="a" data-to="b" data-kind="persists">');
  });

  it('names the diagram with a leading <title> and <desc> the svg element points at', () => {
    const out = prepareSvg(SVG, { idPrefix: 'p', title: 'The <cluster>', description: 'All of it' });
    expect(out).toMatch(/^<svg role="group" aria-labelledby="p-title" aria-describedby="p-desc" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 10 10">/);
    expect(out).toContain('<title id="p-title">The &lt;cluster&gt;</title><desc id="p-desc">All of it</desc><defs>');
  });

  it("keeps the SVG's own title and description", () => {
    const own = SVG.replace('<defs>', '<title>Overview</title><desc>Generated</desc><defs>');
    const out = prepareSvg(own, { idPrefix: 'p', title: 'Other', description: 'Other' });
    expect(out).toContain('<title id="p-title">Overview</title><desc id="p-desc">Generated</desc><defs>');
    expect(out.match(/<title/g)).toHaveLength(2);
  });

  it('rejects text that is not an SVG', () => {
    expect(() => prepareSvg('<div></div>')).toThrow(/expected an SVG document/);
  });
});
