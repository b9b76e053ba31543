/** Text decoded from UTF-8 bytes, or where the bytes stop being UTF-8. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; offset: number; line: number; column: number; byte: number; utf16: boolean };

/**
 * Decodes bytes as UTF-8, strictly: a byte sequence that is not UTF-8 is an error located by its
 * byte offset, line and column (1-based; the column counts UTF-16 units, as YAML positions do),
 * never a silent U+FFFD. A leading byte order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalid(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { ok: false, offset, line, column: before.replace(/^\uFEFF/, '').length + 1, byte: bytes[offset] ?? 0, utf16 };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    // Length of the sequence b starts, and the range its second byte must fall in (which rules
    // out overlong forms, surrogates and code points past U+10FFFF).
    const [length, low, high] =
      b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f]
        : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}
