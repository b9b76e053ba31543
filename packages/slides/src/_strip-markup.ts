// Linear versions of three replacements plainText makes. As regular expressions
// (/!\[([^\]]*)\]\([^)]*\)/g and the like) each start of a pattern scans to the end of the text
// when nothing closes it, so a lesson line of 100 000 "![" took minutes. Here every position is
// looked at a fixed number of times: where the next "]" or ")" is comes from one backward pass.

// For each index, the index of the first `char` at or after it, or -1.
function nextOf(text: string, char: string): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let i = text.length - 1; i >= 0; i--) next[i] = text[i] === char ? i : (next[i + 1] ?? -1);
  return next;
}

/** `text` with every `opener label](target)` replaced by its label, as `/opener([^\]]*)\]\([^)]*\)/g` with `$1` does. */
export function keepLinkLabels(text: string, opener: '![' | '['): string {
  return replaceLinks(text, opener, true);
}

/** `text` without its images, as `.replace(/!\[[^\]]*\]\([^)]*\)/g, '')` gives it. */
export function dropImages(text: string): string {
  return replaceLinks(text, '![', false);
}

function replaceLinks(text: string, opener: string, keepLabel: boolean): string {
  const bracket = nextOf(text, ']');
  const paren = nextOf(text, ')');
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith(opener, i)) {
      const close = bracket[i + opener.length] ?? -1;
      const end = close >= 0 && text[close + 1] === '(' ? (paren[close + 2] ?? -1) : -1;
      if (end >= 0) {
        if (keepLabel) out += text.slice(i + opener.length, close);
        i = end + 1;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/** `text` without its `<…>` tags, as `.replace(/<[^>]+>/g, '')` gives it. */
export function dropTags(text: string): string {
  const angle = nextOf(text, '>');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const end = text[i] === '<' ? (angle[i + 1] ?? -1) : -1;
    if (end > i + 1) {
      i = end + 1;
      continue;
    }
    out += text[i];
    i++;
  }
  return out;
}
