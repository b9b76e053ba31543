// Characters that mean nothing to any Mermaid grammar we emit, or to HTML, and so can stay as they
// are; everything else in ASCII becomes a Mermaid entity code (`#60;`), which Mermaid turns into an
// HTML character reference after parsing: the reader sees the same character, the parser and the
// browser see only text.
const SAFE_ASCII = /^[A-Za-z0-9 .,'()/?!+@_-]$/;

// Invisible or layout-changing code points (controls, bidi overrides, zero-width marks, unusual
// spaces, unpaired surrogates) are encoded too, so the Mermaid source reads the way it renders.
// `°` and `¶` are the characters Mermaid itself uses to mark entity codes while it parses; left
// as they are, model text could forge one.
const ENCODED_UNICODE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}°¶]$/u;

const SCHEME_END = /(?:javascript|vbscript|data)$/i;

const NEWLINE = /\r\n|[\r\n\u2028\u2029]/;

/** How a line break in model text is written out. */
export type NewlineStyle = 'break' | 'entity';

/**
 * Turns model text into text for a Mermaid label, message or accessibility line: no character of
 * it can end the label, start a statement or comment, or reach the page as markup. A line break
 * becomes `<br>` (a visible break) or the entity for a newline (for accessibility text).
 */
export function escapeText(text: string, newline: NewlineStyle = 'break'): string {
  const lines = text.split(NEWLINE).map(escapeLine);
  return lines.join(newline === 'break' ? '<br>' : '#10;');
}

function escapeLine(line: string): string {
  const chars = [...line];
  // Mermaid trims labels, so a space at either end is kept as an entity.
  let start = 0;
  while (start < chars.length && chars[start] === ' ') start++;
  let end = chars.length;
  while (end > start && chars[end - 1] === ' ') end--;
  return chars
    .map((ch, i) => {
      if (ch === ' ') return i < start || i >= end ? '#32;' : ' ';
      // Mermaid strips the last `;` of any line where `style`, then `:` and, with no space
      // between, a `#` appear (meant for `style a fill:#f00;`), which would cut an entity code
      // short; a colon followed by a kept space can never be part of that, and reads naturally.
      // A script URL scheme is never written out whole, even as plain text.
      if (ch === ':') return chars[i + 1] === ' ' && i + 1 < end && !SCHEME_END.test(chars.slice(0, i).join('')) ? ':' : entity(ch);
      if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return SAFE_ASCII.test(ch) ? ch : entity(ch);
      return ENCODED_UNICODE.test(ch) ? entity(ch) : ch;
    })
    .join('');
}

const entity = (ch: string) => `#${ch.codePointAt(0)};`;
