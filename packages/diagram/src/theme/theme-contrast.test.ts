import { presets, VIEW_NAMES } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { parseSvg } from '../../test/_svg-geometry.js';
import { toSvg } from '../svg/index.js';
import { themeTokens } from './theme-tokens.js';
import { themes } from './theme.js';

// WCAG 2 relative luminance and contrast ratio.
const channel = (c: number): number => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const rgb = (hex: string): [number, number, number] => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
};
const luminance = (hex: string): number => {
  const [r, g, b] = rgb(hex).map((v) => channel(v / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
// A half-transparent backdrop over whatever lies under it.
const over = (top: string, opacity: number, under: string): string =>
  `#${rgb(top)
    .map((v, i) => Math.round(v * opacity + rgb(under)[i]! * (1 - opacity)).toString(16).padStart(2, '0'))
    .join('')}`;

interface Pair {
  where: string;
  text: string;
  box: string;
}

// Every label the SVG draws undimmed, with the paint of the box or backdrop it sits on; a backdrop
// is measured over every colour of the theme that could show through it.
function labelPairs(svg: string, underneath: readonly string[]): Pair[] {
  const root = parseSvg(svg);
  const pairs: Pair[] = [];
  const dimmed = (e: Element): boolean => {
    for (let n: Element | null = e; n && n !== root; n = n.parentElement) if (n.hasAttribute('opacity')) return true;
    return false;
  };
  for (const text of root.querySelectorAll('text')) {
    if (text.closest('symbol') || dimmed(text)) continue;
    const fill = text.getAttribute('fill')!;
    const g = text.parentElement!;
    const back = g.querySelector(':scope > rect');
    const where = g.getAttribute('data-id') ?? g.getAttribute('data-step') ?? g.getAttribute('data-phase') ?? 'note';
    if (!back) pairs.push({ where, text: fill, box: root.querySelector(':scope > rect')!.getAttribute('fill')! });
    else {
      const opacity = Number(back.getAttribute('fill-opacity') ?? '1');
      for (const u of opacity < 1 ? underneath : [back.getAttribute('fill')!]) pairs.push({ where, text: fill, box: over(back.getAttribute('fill')!, opacity, u) });
    }
  }
  return pairs;
}

describe('label contrast', () => {
  for (const name of ['light', 'dark'] as const) {
    it(`every undimmed label in the ${name} theme reads at 4.5:1 or more on its box, plain and highlighted`, () => {
      const underneath = Object.values(themeTokens(themes[name]));
      let min = Infinity;
      const failures: string[] = [];
      for (const [preset, cluster] of Object.entries(presets)) {
        for (const view of VIEW_NAMES) {
          for (const highlight of [[], ['control-plane-apiserver', 'worker-1-kubelet', 'step-1']]) {
            for (const p of labelPairs(toSvg(cluster, { view, theme: name, highlight }), underneath)) {
              const c = contrast(p.text, p.box);
              min = Math.min(min, c);
              if (c < 4.5) failures.push(`${preset}/${view} ${p.where}: ${p.text} on ${p.box} is ${c.toFixed(2)}:1`);
            }
          }
        }
      }
      expect([...new Set(failures)]).toEqual([]);
      expect(min).toBeGreaterThanOrEqual(4.5);
    }, 60_000);
  }

  it('measures a failing pair as failing', () => {
    // The light theme's former etcd blue under white text: 2.95:1.
    expect(contrast('#ffffff', '#419eda')).toBeCloseTo(2.95, 2);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });
});
