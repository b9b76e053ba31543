import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClusterText } from './parse-cluster-text.js';

// Pieces of YAML that reach the reader's corners: anchors and aliases, tags, flow and block
// collections, document markers, directives, quotes, odd indentation and the model's own keys.
const token = fc.constantFrom(
  'id: ', 'nodes:', '- ', '  ', '    ', '\n', '\t', ': ', '? ', '[', ']', '{', '}', ', ', '&a ', '*a', '&b ', '*b', '*typo', '<<: ', '!!str ', '!!binary ',
  '!!set ', '!!omap ', '!custom ', '---', '...', '%YAML 1.2', '%TAG ! tag:x,2000:', '"', "'", '|', '>-', '# c', 'role: worker', 'kind: pod', '__proto__: ', '0x1F', '.nan', '~',
);
const yamlish = fc.array(fc.oneof(token, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
const bomb = fc.integer({ min: 1, max: 12 }).map((levels) =>
  ['l0: &l0 [x,x,x,x,x,x,x,x,x,x]', ...Array.from({ length: levels }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(',')}]`)].join('\n'),
);

describe('parseClusterText on any input', () => {
  it('never throws, and every problem names the file and says what is wrong', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish, bomb, fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 200 }), yamlish.map((s) => new TextEncoder().encode(s))), (input) => {
        const r = parseClusterText(input, 'any.yaml');
        for (const p of r.ok ? r.warnings : r.errors) {
          expect(p.file).toBe('any.yaml');
          expect(p.message).not.toBe('');
          if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 800 },
    );
    // Inputs run to a few hundred bytes and a few thousand alias expansions; a busy shared machine needs room.
  }, 180_000);
});
