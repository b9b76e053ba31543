import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { imagesOnLine } from './_images-on-line.js';
import { findDiagramRefs } from './find-diagram-refs.js';

// The pattern the scanner reads, as a regular expression: fine on short lines, slow on long ones.
const IMAGE = /!\[(?:[^\]\\]|\\.)*\]\(\s*((?:[^()"'\\\s]|\\.)*)\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\)/g;
const byRegex = (line: string) => [...line.matchAll(IMAGE)].map((m) => ({ raw: m[0], src: m[1] ?? '', column: (m.index ?? 0) + 1 }));

describe('imagesOnLine', () => {
  test('imagesOnLine finds each image with its path and column', () => {
    expect(imagesOnLine('see ![a](x.svg "kubegram: m.yaml#overview") and ![b \\] c](y\\ z.svg \'t\' )')).toEqual([
      { raw: '![a](x.svg "kubegram: m.yaml#overview")', src: 'x.svg', column: 5 },
      { raw: "![b \\] c](y\\ z.svg 't' )", src: 'y\\ z.svg', column: 49 },
    ]);
  });

  test('imagesOnLine reads an image with no path, the title parted from `(` by spaces alone', () => {
    expect(imagesOnLine('![]( "t")')).toEqual([{ raw: '![]( "t")', src: '', column: 1 }]);
    expect(imagesOnLine('![]("t")')).toEqual([]);
    expect(imagesOnLine('![]("t")')).toEqual(byRegex('![]("t")'));
  });

  test('imagesOnLine reads every line as the regular expression for the same pattern does', () => {
    const piece = fc.constantFrom('![', '[', ']', '](', '(', ')', ' ', '"', "'", '\\', 'a', 'b.svg', 'kubegram:', '"t"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const line = parts.join('');
        expect(imagesOnLine(line)).toEqual(byRegex(line));
      }),
      { numRuns: 3000 },
    );
  });

  test('a 200 KB line of "![" around a reference is read in one pass', () => {
    const line = `![a](b.svg "kubegram: m.yaml#overview") ${'!['.repeat(100_000)} "kubegram: x"`;
    const started = performance.now();
    expect(imagesOnLine(line)).toHaveLength(1);
    const { refs } = findDiagramRefs(line, '/course/intro/lesson.md');
    console.log(`bench: a 200 KB line of "![": ${Math.round(performance.now() - started)} ms`);
    expect(refs.map((r) => r.src)).toEqual(['b.svg']);
  }, 60_000);
});
