/** A text as a change of another: what it keeps of the other's start and end, and what comes between. */
export interface TextPatch {
  /** Characters kept from the start of the text before. */
  head: number;
  /** Characters kept from its end. */
  tail: number;
  /** What stands between them now. */
  middle: string;
}

// Compared a block at a time first: equal blocks are found by the engine's own string comparison,
// far faster than a loop over characters on a picture's half a million of them.
const BLOCK = 256;

/** How `after` differs from `before`, as the one span between their common start and end. */
export function textPatch(before: string, after: string): TextPatch {
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head + BLOCK <= max && before.slice(head, head + BLOCK) === after.slice(head, head + BLOCK)) head += BLOCK;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  const room = max - head;
  while (tail + BLOCK <= room && before.slice(before.length - tail - BLOCK, before.length - tail) === after.slice(after.length - tail - BLOCK, after.length - tail)) tail += BLOCK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { head, tail, middle: after.slice(head, after.length - tail) };
}

/** The text that `patch` makes of `before`. */
export function applyTextPatch(before: string, patch: TextPatch): string {
  return before.slice(0, patch.head) + patch.middle + before.slice(before.length - patch.tail);
}
