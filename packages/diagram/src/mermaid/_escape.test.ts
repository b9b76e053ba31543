import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeText } from './_escape.js';

// What a reader sees: Mermaid turns `#N;` into the character N, and `<br>` into a line break.
const visible = (text: string) => text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/<br>/g, '\n');

describe('escapeText', () => {
  test('escapeText keeps words, digits and plain punctuation as they are', () => {
    expect(escapeText('kube-apiserver (v1.31), worker_1 / pod 2?')).toBe('kube-apiserver (v1.31), worker_1 / pod 2?');
  });

  test('escapeText encodes quotes, brackets, arrows, comments, separators and markup', () => {
    expect(escapeText('"a"[b]{c}')).toBe('#34;a#34;#91;b#93;#123;c#125;');
    expect(escapeText('a --> b %% c; #d')).toBe('a --#62; b #37;#37; c#59; #35;d');
    expect(escapeText('<script>alert(1)</script>')).toBe('#60;script#62;alert(1)#60;/script#62;');
    expect(escapeText('<img src=x onerror=alert(1)>')).toBe('#60;img src#61;x onerror#61;alert(1)#62;');
    expect(escapeText('&lt; `md` a|b')).toBe('#38;lt#59; #96;md#96; a#124;b');
  });

  test('escapeText keeps a colon before a space and encodes any other colon', () => {
    expect(escapeText('watch: pods')).toBe('watch: pods');
    expect(escapeText('a:b')).toBe('a#58;b');
    expect(escapeText('end:')).toBe('end#58;');
    expect(escapeText('style:x#')).toBe('style#58;x#35;');
  });

  test('escapeText never writes a script URL scheme whole', () => {
    expect(escapeText('javascript: alert(1)')).toBe('javascript#58; alert(1)');
    expect(escapeText('JavaScript:x')).toBe('JavaScript#58;x');
  });

  test('escapeText turns line breaks into <br> or a newline entity', () => {
    expect(escapeText('one\ntwo\r\nthree\rfour\u2028five')).toBe('one<br>two<br>three<br>four<br>five');
    expect(escapeText('one\ntwo', 'entity')).toBe('one#10;two');
  });

  test('escapeText keeps spaces at either end, which Mermaid would trim', () => {
    expect(escapeText('  a b ')).toBe('#32;#32;a b#32;');
    expect(escapeText(' ')).toBe('#32;');
  });

  test('escapeText keeps letters of any script and encodes invisible and direction-changing code points', () => {
    expect(escapeText('שלום עולם ü 日本 😀')).toBe('שלום עולם ü 日本 😀');
    expect(escapeText('a\u202Eb\u200Fc\u00A0d\u0000e\tf')).toBe('a#8238;b#8207;c#160;d#0;e#9;f');
  });

  test("escapeText encodes the characters Mermaid uses to mark entities, so model text cannot forge one", () => {
    expect(escapeText('ﬂ°°60¶ß')).toBe('ﬂ#176;#176;60#182;ß');
  });

  test('escapeText output is always made of safe characters and shows the same text', () => {
    const hostile = fc.constantFrom('"', "'", '[', ']', '(', ')', '{', '}', '<', '>', '-->', '%%', ';', '#', ':', '&', '|', '`', '\n', '\r\n', ' ', 'a', 'é', 'ש', '\u202E', '😀', '°', '¶');
    const text = fc.oneof(fc.array(hostile, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', minLength: 1 }));
    fc.assert(
      fc.property(text, (t) => {
        const out = escapeText(t);
        expect(out.replace(/#\d+;|<br>/g, '')).not.toMatch(/["`[\]{}<>;%&|#=\n\r\p{Cc}\p{Cf}]/u);
        expect(visible(out)).toBe(t.replace(/\r\n|[\r\u2028\u2029]/g, '\n'));
      }),
    );
  });
});
