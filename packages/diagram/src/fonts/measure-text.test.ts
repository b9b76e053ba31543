import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emWidth, measureText } from './measure-text.js';
import { wrapText } from './wrap-text.js';

describe('measureText', () => {
  it('measureText sums DejaVu Sans advance widths', () => {
    // "H" is 1540 and "i" 569 units of 2048 in DejaVu Sans Book.
    expect(measureText('Hi', 2048)).toBe(1540 + 569);
    expect(measureText('Hi', 2048, 'bold')).toBeGreaterThan(measureText('Hi', 2048));
  });
  it('measureText gives a glyph the font lacks a wide fallback', () => {
    expect(measureText('日', 10)).toBe(12.5);
    expect(measureText('日', 10)).toBeGreaterThan(measureText('W', 10));
  });
});

describe('wrapText', () => {
  it('wrapText breaks at spaces and keeps every line within the width', () => {
    const lines = wrapText('watch: new Deployment; create ReplicaSet', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measureText(l, 12)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('watch: new Deployment; create ReplicaSet');
  });
  it('wrapText cuts a word that alone is too wide', () => {
    const lines = wrapText('x'.repeat(100), 60, 12);
    for (const l of lines) expect(measureText(l, 12)).toBeLessThanOrEqual(60);
    expect(lines.join('')).toBe('x'.repeat(100));
  });
});

describe('measureText on any text', () => {
  // The sum as it has always been taken: code point by code point, in order.
  const reference = (text: string, size: number, weight: 'normal' | 'bold') => {
    let em = 0;
    for (const ch of text) em += measureText(ch, 1, weight);
    return em * size;
  };
  it('measureText counts a surrogate pair as one code point and a lone surrogate as itself', () => {
    expect(measureText('😀', 10)).toBe(12.5);
    expect(measureText('\ud83d', 10)).toBe(12.5);
    expect(measureText('\ud83da', 10)).toBe(measureText('\ud83d', 10) + measureText('a', 10));
  });
  it('measureText(text) is the sum of its code points\' widths, taken in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', 'W', ' ', '-', 'é', '\u0300', '\u0000'), fc.constantFrom('grapheme', 'binary')) }), fc.constantFrom('normal', 'bold'), (text, weight) => measureText(text, 12, weight) === reference(text, 12, weight)),
      { numRuns: 5000 },
    );
  });
});

describe('wrapText on any white space', () => {
  it('wrapText collapses runs of white space to one space and trims the ends, whatever the spaces are', () => {
    expect(wrapText(' a \t b\u00a0c  ', 1000, 12)).toEqual(['a b c']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '-') }), (text) => {
        const clean = text.replace(/\s+/g, ' ').trim();
        return wrapText(text, 10000, 12).join('|') === (clean === '' ? '' : clean);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('emWidth', () => {
  it('emWidth of a range of a text is measureText of that slice at 1 px, a surrogate pair inside the range counted once', () => {
    const text = 'kube-controller 😀-manager\u0001';
    for (const [start, end] of [[0, 5], [5, 16], [16, 18], [0, text.length], [17, 18], [3, 3]] as const) {
      for (const weight of ['normal', 'bold'] as const) expect(emWidth(text, start, end, weight)).toBe(measureText(text.slice(start, end), 1, weight));
    }
  });
});
