/** A text as a change of another: what it keeps of the other's start and end, and what comes between. */
export interface TextPatch {
  /** Characters kept from the start of the text before. */
  head: number;
  /** Characters kept from its end. */
  tail: number;
  /** What stands between them now. */
  middle: string;
}

// Compared a block at a time, by the engine's own string comparison: each equal block doubles the
// next one, and a block that differs is halved down to where the first difference lies, so a
// picture's half a million characters cost a few dozen comparisons rather than a loop over them
// or thousands of small blocks.
const BLOCK = 64;

// How many characters `a` and `b` share at their start, or at their end when `end`, up to `max`.
function shared(a: string, b: string, max: number, end: boolean): number {
  const part = (s: string, at: number, n: number) => (end ? s.slice(s.length - at - n, s.length - at) : s.slice(at, at + n));
  let same = 0;
  let step = BLOCK;
  while (step > 0 && same < max) {
    const n = Math.min(step, max - same);
    if (part(a, same, n) === part(b, same, n)) {
      same += n;
      step *= 2;
    } else if (n > BLOCK) step = n >> 1;
    else break;
  }
  const at = (s: string, i: number) => s.charCodeAt(end ? s.length - 1 - i : i);
  while (same < max && at(a, same) === at(b, same)) same++;
  return same;
}

/** How `after` differs from `before`, as the one span between their common start and end. */
export function textPatch(before: string, after: string): TextPatch {
  const head = shared(before, after, Math.min(before.length, after.length), false);
  const tail = shared(before, after, Math.min(before.length, after.length) - head, true);
  return { head, tail, middle: after.slice(head, after.length - tail) };
}

/** The text that `patch` makes of `before`. */
export function applyTextPatch(before: string, patch: TextPatch): string {
  return before.slice(0, patch.head) + patch.middle + before.slice(before.length - patch.tail);
}
