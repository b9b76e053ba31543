import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dropImages, dropTags, keepLinkLabels } from './_strip-markup.js';

const piece = fc.constantFrom('![', '[', ']', '(', ')', '](', '<', '>', 'a', ' ', '\n', '<b>', '](x)');

describe('keepLinkLabels, dropImages and dropTags', () => {
  test('keepLinkLabels, dropImages and dropTags give what the regular expressions they replace give', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(keepLinkLabels(text, '![')).toBe(text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1'));
        expect(keepLinkLabels(text, '[')).toBe(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
        expect(dropImages(text)).toBe(text.replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
        expect(dropTags(text)).toBe(text.replace(/<[^>]+>/g, ''));
      }),
      { numRuns: 3000 },
    );
  });

  test('a 200 KB line of "![" or "<" is read in one pass', () => {
    const started = performance.now();
    expect(keepLinkLabels('!['.repeat(100_000), '![')).toHaveLength(200_000);
    expect(dropTags('<'.repeat(200_000))).toHaveLength(200_000);
    console.log(`bench: keepLinkLabels and dropTags on 200 KB lines: ${Math.round(performance.now() - started)} ms`);
  }, 30_000);
});
