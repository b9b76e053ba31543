import { describe, expect, it } from 'vitest';
import { measureText } from './measure-text.js';
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
