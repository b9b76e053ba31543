import { toSvg, type SvgOptions } from '@kubegram/diagram';
import { presets, views, type ViewName } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { badgeInliner } from './badge-inliner.ts';

const USE = /<use href="#([^"]+)" aria-hidden="true" x="([-\d.]+)" y="([-\d.]+)"\/>/g;
const SYMBOL = /<symbol id="([^"]+)" overflow="visible">(.*?)<\/symbol>/g;
const numbers = (s: string) => [...s.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

// Every badge of the picture, in order: where its `<use>` put it, and the symbol's own shapes.
function placedBadges(svg: string): { x: number; y: number; body: string }[] {
  const symbols = new Map([...svg.matchAll(SYMBOL)].map((m) => [m[1]!, m[2]!]));
  return [...svg.matchAll(USE)].map((m) => ({ x: Number(m[2]), y: Number(m[3]), body: symbols.get(m[1]!)! }));
}

const cases: [string, SvgOptions][] = [];
for (const [preset, cluster] of Object.entries(presets)) {
  for (const view of Object.keys(views) as ViewName[]) cases.push([`${preset} ${view}`, { view }]);
  for (const theme of ['light', 'dark', 'auto'] as const) cases.push([`${preset} ${theme}`, { theme, highlight: [cluster.nodes?.[0]?.id ?? cluster.id] }]);
}

describe('badgeInliner', () => {
  it.each(cases)('draws every undimmed badge of %s in place, at the points its <use> put it, and changes nothing else', (name, opts) => {
    const preset = presets[name.split(' ')[0] as keyof typeof presets];
    const svg = toSvg(preset, opts);
    const out = badgeInliner(svg)(svg);
    const placed = placedBadges(svg);
    // Sequence and loop pictures have no badges; every other picture has some.
    expect(placed.length > 0 || !svg.includes('<use ')).toBe(true);
    if (name.endsWith(' overview')) expect(placed.length).toBeGreaterThan(10);
    expect(out.slice(out.indexOf('</defs>'))).not.toMatch(USE);
    // A dimmed badge keeps its <use>: its opacity applies to the badge as one.
    const dimmed = (s: string) => s.match(/<use [^>]* opacity="[^"]*"\/>/g) ?? [];
    expect(dimmed(out)).toEqual(dimmed(svg));
    // Cut out each inlined badge (a polygon and its name) and each <use>: what is left is the same.
    const inlined = [...out.matchAll(/<polygon points="([^"]*)"[^>]*\/><text x="([-\d.]+)" y="([-\d.]+)" aria-hidden="true"[^>]*>[^<]*<\/text>/g)].filter((m) => m.index! > out.indexOf('</defs>'));
    expect(inlined).toHaveLength(placed.length);
    inlined.forEach((m, i) => {
      const { x, y, body } = placed[i]!;
      const [points, tx, ty] = [numbers(/points="([^"]*)"/.exec(body)![1]!), ...numbers(/<text x="([-\d.]+)" y="([-\d.]+)"/.exec(body)![0].replace('<text', ''))];
      const shifted = points.map((p, k) => p + (k % 2 === 0 ? x : y));
      numbers(m[1]!).forEach((p, k) => expect(p).toBeCloseTo(shifted[k]!, 2));
      expect(Number(m[2])).toBeCloseTo(tx! + x, 2);
      expect(Number(m[3])).toBeCloseTo(ty! + y, 2);
      // The same paint and name as the symbol's.
      expect(m[0].replace(/points="[^"]*"|x="[^"]*" y="[^"]*" aria-hidden="true"/g, '')).toBe(body.replace(/points="[^"]*"|x="[^"]*" y="[^"]*"/g, ''));
    });
    const strip = (s: string, re: RegExp) => s.slice(s.indexOf('</defs>')).replace(re, '');
    expect(strip(out, /<polygon points="[^"]*"[^>]*\/><text x="[^"]*" y="[^"]*" aria-hidden="true"[^>]*>[^<]*<\/text>/g)).toBe(strip(svg, USE));
    expect(out.slice(0, out.indexOf('</defs>'))).toBe(svg.slice(0, svg.indexOf('</defs>')));
  });

  it('leaves a picture without badges, and a <use> of a symbol it does not know, as they are', () => {
    const svg = toSvg(presets.course);
    const foreign = svg.replace('</defs>', '<symbol id="mine"><circle r="3"/></symbol></defs>').replace('</svg>', '<use href="#mine" aria-hidden="true" x="1" y="2"/></svg>');
    expect(badgeInliner(foreign)(foreign)).toContain('<use href="#mine" aria-hidden="true" x="1" y="2"/>');
    const plain = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>';
    expect(badgeInliner(plain)(plain)).toBe(plain);
  });

  it('rewrites a picture cut into parts between tags as it rewrites the whole', () => {
    const svg = toSvg(presets.haCloud);
    const inline = badgeInliner(svg);
    const cuts = [...svg.matchAll(/<g /g)].map((m) => m.index!);
    const parts = cuts.map((at, i) => svg.slice(i === 0 ? 0 : cuts[i - 1], at)).concat(svg.slice(cuts.at(-1)));
    expect(parts.map(inline).join('')).toBe(inline(svg));
    expect(inline(svg)).not.toBe(svg);
  });
});
