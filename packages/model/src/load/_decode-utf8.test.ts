import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './_decode-utf8.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(utf8('id: café\n'))).toEqual({ ok: true, text: 'id: café\n' });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a' });
  });

  it('locates the first byte that is not UTF-8 by offset, line and column', () => {
    // "id: demo\nlabel: caf\xE9\n": a Latin-1 é on line 2, after "label: caf".
    const latin1 = bytes(...utf8('id: demo\nlabel: caf'), 0xe9, 0x0a);
    expect(decodeUtf8(latin1)).toEqual({ ok: false, offset: 19, line: 2, column: 11, byte: 0xe9, utf16: false });
  });

  it('counts the column in characters, as YAML positions do', () => {
    expect(decodeUtf8(bytes(...utf8('é€😀'), 0xff))).toMatchObject({ offset: 9, line: 1, column: 5 });
  });

  it('refuses overlong forms, surrogates, code points past U+10FFFF and cut sequences', () => {
    for (const bad of [[0xc0, 0xae], [0xe0, 0x80, 0xae], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]]) {
      expect(decodeUtf8(bytes(0x61, ...bad)), bad.map((b) => b.toString(16)).join(' ')).toMatchObject({ ok: false, offset: 1 });
    }
  });

  it('tells UTF-16 apart by its byte order mark', () => {
    expect(decodeUtf8(bytes(0xff, 0xfe, 0x69, 0x00))).toMatchObject({ ok: false, offset: 0, utf16: true });
  });

  it('agrees with the platform decoder on where text stops being UTF-8', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    const decodes = (b: Uint8Array) => {
      try {
        strict.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const mostlyText = fc.array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 40 }).map((a) => Uint8Array.from(a));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), mostlyText, fc.string({ unit: 'binary' }).map(utf8)), (b) => {
        const r = decodeUtf8(b);
        expect(r.ok).toBe(decodes(b));
        if (!r.ok) {
          expect(decodes(b.subarray(0, r.offset))).toBe(true);
          expect(decodes(b.subarray(0, r.offset + 4))).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
