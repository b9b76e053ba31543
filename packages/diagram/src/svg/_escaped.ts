// Text escaped by earlier pictures. Labels, ids and descriptions come back picture after picture (a
// re-render, another view, a fitted frame of the same model), and looking one up costs a tenth of
// scanning it again: 8 to 11 µs of the course overview's 60 were escaping.
const SHARED = new Map<string, string>();

// About 2 MB of text at most; past it the memo starts again empty.
const MOST_TEXTS = 20_000;

// A picture of more boxes and edges than this brings mostly text no other picture has (pod and
// container names): it escapes without the memo, which would only grow and be dropped.
const MOST_PARTS = 2_000;

/** The escaped text a picture of `parts` boxes and edges looks up and adds to, or none. */
export function escapedFor(parts: number): Map<string, string> | undefined {
  if (parts > MOST_PARTS) return undefined;
  if (SHARED.size > MOST_TEXTS) SHARED.clear();
  return SHARED;
}
