import { describe, expect, it } from 'vitest';
import { joinPieces } from './_join.js';

// Pieces of about 1.3 MB in all, past the size copied through a buffer.
const large = (extra: string): string[] => Array.from({ length: 400 }, (_, i) => `<g data-id="box-${i}">${'x'.repeat(3200)}${i === 200 ? extra : ''}</g>`);

describe('joinPieces', () => {
  it('joinPieces(pieces) is pieces.join("") for a small SVG', () => {
    const pieces = ['<svg>', '<g data-id="a">é</g>', '</svg>'];
    expect(joinPieces(pieces)).toBe(pieces.join(''));
  });

  it('joinPieces(pieces) is pieces.join("") for a large ASCII SVG', () => {
    const pieces = large('&lt;done&gt;');
    const joined = joinPieces(pieces);
    expect(joined.length).toBeGreaterThan(0x100000);
    expect(joined).toBe(pieces.join(''));
  });

  it('joinPieces(pieces) keeps every character of a large SVG with text beyond ASCII', () => {
    for (const extra of ['é', 'ÿ', '\u0080', 'Ω', '→', '😀', '\ud800']) {
      const pieces = large(extra);
      expect(joinPieces(pieces)).toBe(pieces.join(''));
    }
  });
});
