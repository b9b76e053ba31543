import { describe, expect, it } from 'vitest';
import { chunkSink, concat, joinPieces } from './_join.js';

// Pieces of about 1.3 MB in all, past the size copied through a buffer.
const large = (extra: string): string[] => Array.from({ length: 400 }, (_, i) => `<g data-id="box-${i}">${'x'.repeat(3200)}${i === 200 ? extra : ''}</g>`);

describe('concat', () => {
  it('concat(pieces) is pieces.join("") for pieces written with templates, empty or not', () => {
    const n = 7;
    const pieces = [`<g data-id="${'a'.repeat(n)}">`, '', `<text x="${n * 1.5}">é ${'Ω'.repeat(n)}</text>`, '</g>'];
    expect(concat(pieces)).toBe(pieces.join(''));
    expect(concat([])).toBe('');
  });
});

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

describe('chunkSink', () => {
  // Joins head, chunks and tail through a fresh sink, as an SVG is written.
  const through = (head: string[], chunks: string[], tail: string[]): string => {
    const sink = chunkSink();
    for (const c of chunks) sink.add(c);
    return sink.join(head, tail);
  };
  const head = ['<svg>', '<title>t</title>', ''];
  const tail = ['\n</svg>'];

  it('chunkSink().join(head, tail) is head, the chunks in order, then tail, small or large', () => {
    for (const chunks of [['<g/>', '<g/>'], large('&lt;done&gt;'), large('').concat(large('y'))]) {
      expect(through(head, chunks, tail)).toBe([...head, ...chunks, ...tail].join(''));
    }
  });

  it('chunkSink keeps every character beyond ASCII, in a chunk, the head or the tail', () => {
    for (const extra of ['é', 'ÿ', 'Ω', '😀', '\ud800']) {
      const chunks = large(extra);
      expect(through(head, chunks, tail)).toBe([...head, ...chunks, ...tail].join(''));
      expect(through([`<title>${extra}</title>`], large(''), tail)).toBe([`<title>${extra}</title>`, ...large(''), ...tail].join(''));
      expect(through(head, large(''), [`${extra}</svg>`])).toBe([...head, ...large(''), `${extra}</svg>`].join(''));
    }
  });

  it('chunkSink keeps a head larger than the room kept for it', () => {
    const big = ['<svg>', `<defs>${'s'.repeat(100_000)}</defs>`];
    expect(through(big, large(''), tail)).toBe([...big, ...large(''), ...tail].join(''));
  });

  it('chunkSink gives the same text again after a larger and a smaller picture', () => {
    const small = large('a').slice(0, 100);
    const want = [...head, ...small, ...tail].join('');
    expect(through(head, small, tail)).toBe(want);
    through(head, large('b').concat(large('c'), large('d')), tail);
    expect(through(head, small, tail)).toBe(want);
  });
});
