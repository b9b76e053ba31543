/** One child of an element in SVG markup: a run of text, or a whole element with its start tag and inner markup. */
export interface MarkupChild {
  /** The child's whole markup. */
  text: string;
  /** For an element: its name, start tag and the markup between its start and end tags. */
  element?: { name: string; tag: string; inner: string };
}

// Past the end of the element whose start tag begins at `start`; -1 when the markup is cut short.
function elementEnd(s: string, start: number): number {
  let depth = 0;
  let at = start;
  for (;;) {
    const lt = s.indexOf('<', at);
    const gt = lt < 0 ? -1 : s.indexOf('>', lt);
    if (gt < 0) return -1;
    if (s[lt + 1] === '/') depth--;
    else if (s[gt - 1] !== '/') depth++;
    at = gt + 1;
    if (depth === 0) return at;
  }
}

/**
 * Splits the inner markup of an element into its children, as the HTML parser will make them:
 * runs of text and whole elements. For the markup the diagram renderer writes, which escapes `<`
 * and `>` in attributes and text and has no comments or CDATA; anything else gives `undefined`.
 */
export function svgChildren(inner: string): MarkupChild[] | undefined {
  const out: MarkupChild[] = [];
  for (let at = 0; at < inner.length; ) {
    const child = svgChildAt(inner, at);
    if (!child) return undefined;
    out.push(child);
    at += child.text.length;
  }
  return out;
}

/** The child of `inner` that starts at `at`, as `svgChildren` splits it; `undefined` where the markup is cut short or not split safely. */
export function svgChildAt(inner: string, at: number): MarkupChild | undefined {
  const lt = inner.indexOf('<', at);
  if (lt !== at) return { text: inner.slice(at, lt < 0 ? inner.length : lt) };
  const end = elementEnd(inner, at);
  const name = /^<([A-Za-z][\w:-]*)/.exec(inner.slice(at, at + 64))?.[1];
  if (end < 0 || !name) return undefined;
  const tagEnd = inner.indexOf('>', at) + 1;
  const empty = inner[tagEnd - 2] === '/';
  const close = `</${name}>`;
  const text = inner.slice(at, end);
  if ((!empty && !inner.endsWith(close, end)) || text.includes('<!') || text.includes('<?')) return undefined;
  return { text, element: { name, tag: inner.slice(at, tagEnd), inner: empty ? '' : inner.slice(tagEnd, end - close.length) } };
}
